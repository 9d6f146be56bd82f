package org.peersupport.supervision.referral;

/**
 * How a referral to licensed care ended: connected, or declined by the peer (at consent or later:
 * the peer's choice, respected and recorded as such, not a failure), or stopped because the peer
 * revoked their consent to share information.
 */
public enum ReferralOutcome {
  CONNECTED,
  DECLINED_BY_PEER,
  CONSENT_REVOKED
}
