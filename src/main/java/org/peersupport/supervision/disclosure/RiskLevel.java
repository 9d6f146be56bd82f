package org.peersupport.supervision.disclosure;

/** The outputs of the decision {@code boundary-risk}. */
public enum RiskLevel {
  LOW("low"),
  MODERATE("moderate"),
  HIGH("high");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  /** The level in words, as people read it in a sentence ("high risk"). */
  public String label() {
    return label;
  }
}
