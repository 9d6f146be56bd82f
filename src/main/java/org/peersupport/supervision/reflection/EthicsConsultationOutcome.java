package org.peersupport.supervision.reflection;

/** What a program lead's ethics consultation concluded. */
public enum EthicsConsultationOutcome {
  NO_ETHICS_CONCERN,
  GUIDANCE_GIVEN,
  CORRECTIVE_PLAN_ADVISED,
  EXTERNAL_ETHICS_REVIEW
}
