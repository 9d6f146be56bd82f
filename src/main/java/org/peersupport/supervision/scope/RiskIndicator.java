package org.peersupport.supervision.scope;

/** Acute risk the specialist noticed; any one of them makes the scope check a crisis. */
public enum RiskIndicator {
  SUICIDAL_THOUGHTS,
  SUICIDE_PLAN_OR_MEANS,
  THREAT_OF_HARM_TO_OTHERS,
  MEDICAL_EMERGENCY,
  OVERDOSE_RISK,
  ABUSE_OR_NEGLECT_DISCLOSED,
  ACUTE_PSYCHOSIS
}
