package org.peersupport.supervision.scope;

/** How the crisis ended for now, as far as the specialist knows. */
public enum CrisisOutcome {
  PEER_SAFE_WITH_SUPPORT_PLAN,
  CRISIS_SERVICE_WITH_PEER,
  TAKEN_FOR_EMERGENCY_CARE,
  CONTACT_LOST,
  OTHER
}
