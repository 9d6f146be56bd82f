package org.peersupport.supervision.certification;

/** Training hours (initial and role training, by topic) or continuing-education hours toward a renewal. */
public enum EducationKind {
  TRAINING,
  CONTINUING_EDUCATION
}
