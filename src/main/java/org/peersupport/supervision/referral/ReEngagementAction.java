package org.peersupport.supervision.referral;

/** How the specialist re-engaged the peer after a "not yet". */
public enum ReEngagementAction {
  SPOKE_IN_PERSON,
  CALLED,
  MESSAGED,
  ACCOMPANIED_TO_REBOOK,
  OTHER
}
