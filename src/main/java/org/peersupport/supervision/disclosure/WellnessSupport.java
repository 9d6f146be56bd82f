package org.peersupport.supervision.disclosure;

/** Supports a specialist may choose when the work has shaken their own recovery (all optional). */
public enum WellnessSupport {
  TALK_WITH_SUPERVISOR_SOON,
  EMPLOYEE_ASSISTANCE_PROGRAM,
  OWN_RECOVERY_SUPPORTS,
  MUTUAL_AID_MEETING,
  LIGHTER_CASELOAD_FOR_A_WHILE,
  NOTHING_RIGHT_NOW
}
