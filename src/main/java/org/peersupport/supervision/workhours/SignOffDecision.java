package org.peersupport.supervision.workhours;

/** The supervisor's answer to submitted work hours. */
public enum SignOffDecision {
  SIGN_OFF,
  RETURN
}
