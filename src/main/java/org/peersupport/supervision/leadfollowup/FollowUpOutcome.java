package org.peersupport.supervision.leadfollowup;

/** What a program lead did about a follow-up. */
public enum FollowUpOutcome {
  SPOKE_WITH_SUPERVISOR,
  SUPPORT_ARRANGED,
  RESOLVED_ALREADY,
  NO_ACTION_NEEDED
}
