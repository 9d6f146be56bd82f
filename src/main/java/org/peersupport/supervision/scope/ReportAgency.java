package org.peersupport.supervision.scope;

/** The agency a mandatory report went to. */
public enum ReportAgency {
  CHILD_PROTECTIVE_SERVICES,
  ADULT_PROTECTIVE_SERVICES,
  LAW_ENFORCEMENT,
  LONG_TERM_CARE_OMBUDSMAN,
  OTHER
}
