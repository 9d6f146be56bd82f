package org.peersupport.supervision.disclosure;

/** The follow-up review of a corrective plan at its review date. */
public enum PlanFollowUpOutcome {
  PLAN_COMPLETED,
  PLAN_EXTENDED
}
