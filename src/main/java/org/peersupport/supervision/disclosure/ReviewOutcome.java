package org.peersupport.supervision.disclosure;

/** What the supervisor's review of a reflection comes to. */
public enum ReviewOutcome {
  AFFIRM,
  COACHING_NOTE,
  CORRECTIVE_PLAN,
  ETHICS_CONSULTATION
}
