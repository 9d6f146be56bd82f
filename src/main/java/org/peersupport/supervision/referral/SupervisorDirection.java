package org.peersupport.supervision.referral;

/** The supervisor's direction after repeated "not yet" follow-ups. */
public enum SupervisorDirection {
  KEEP_TRYING,
  NEW_HANDOFF
}
