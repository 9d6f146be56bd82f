package org.peersupport.supervision.scope;

/** What the specialist did in a crisis. */
public enum CrisisAction {
  CALLED_988,
  CALLED_911,
  MOBILE_CRISIS_TEAM,
  ON_CALL_CLINICIAN,
  STAYED_WITH_PEER,
  OTHER
}
