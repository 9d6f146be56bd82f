package org.peersupport.supervision.disclosure;

/** What a program lead's ethics consultation concluded. */
public enum EthicsConsultationOutcome {
  NO_ETHICS_CONCERN,
  GUIDANCE_GIVEN,
  CORRECTIVE_PLAN_ADVISED,
  EXTERNAL_ETHICS_REVIEW
}
