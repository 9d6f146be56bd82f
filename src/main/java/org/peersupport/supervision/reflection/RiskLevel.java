package org.peersupport.supervision.reflection;

/** The outputs of the decision {@code boundary-risk}. */
public enum RiskLevel {
  LOW,
  MODERATE,
  HIGH
}
