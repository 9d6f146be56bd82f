package org.peersupport.supervision.certification;

/** The supervisor's answer to submitted work hours. */
public enum SignOffDecision {
  SIGN_OFF,
  RETURN
}
