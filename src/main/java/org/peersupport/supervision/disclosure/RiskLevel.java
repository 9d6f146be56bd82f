package org.peersupport.supervision.disclosure;

/** The outputs of the decision {@code boundary-risk}. */
public enum RiskLevel {
  LOW,
  MODERATE,
  HIGH
}
