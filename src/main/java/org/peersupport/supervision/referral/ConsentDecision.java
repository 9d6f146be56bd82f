package org.peersupport.supervision.referral;

/** Whether the peer consented to sharing information with a licensed provider. */
public enum ConsentDecision {
  GIVEN,
  REFUSED
}
