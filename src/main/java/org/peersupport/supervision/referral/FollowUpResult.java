package org.peersupport.supervision.referral;

/** What the follow-up after the appointment found. */
public enum FollowUpResult {
  CONNECTED,
  NOT_YET,
  DECLINED
}
