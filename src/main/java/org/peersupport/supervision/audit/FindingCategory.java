package org.peersupport.supervision.audit;

/** What an audit finding is about: the questions a program lead asks of the program. */
public enum FindingCategory {
  SUPERVISION_FREQUENCY,
  REFLECTION_TIMELINESS,
  DISCLOSURE_AND_BOUNDARIES,
  SCOPE_DECISIONS,
  CRISIS_RESPONSE,
  REFERRAL_FOLLOW_THROUGH,
  ROLE_DRIFT,
  OTHER
}
