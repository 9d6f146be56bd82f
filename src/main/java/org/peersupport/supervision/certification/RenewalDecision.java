package org.peersupport.supervision.certification;

/** What the specialist answers in the renewal task. */
public enum RenewalDecision {
  RENEWED,
  NOT_RENEWING
}
