package org.peersupport.supervision.scope;

/** What the peer asked for or needs, as the specialist sees it (the scope-of-practice decision's main input). */
public enum RequestCategory {
  MEDICATION_QUESTION,
  DIAGNOSIS_OR_ASSESSMENT,
  PSYCHOTHERAPY_OR_TRAUMA,
  MEDICAL_SYMPTOMS,
  LEGAL_QUESTION,
  SYSTEMS_NAVIGATION,
  MUTUAL_AID_LINKAGE,
  RECOVERY_GOAL_SUPPORT,
  CRISIS,
  OTHER
}
