package org.peersupport.supervision.workhours;

/** Variable names of work-hours-sign-off. */
final class WorkHoursVariables {

  static final String SPECIALIST_ID = "specialistId";
  static final String SPECIALIST_NAME = "specialistName";
  static final String SUPERVISOR_ID = "supervisorId";
  static final String SUPERVISOR_NAME = "supervisorName";
  static final String ENTRIES = "entries";
  /** The submitted entries as one line each (date, hours, activity), for the supervisor's form. */
  static final String ENTRIES_SUMMARY = "entriesSummary";
  static final String SUBMITTED_HOURS = "submittedHours";
  static final String SUBMITTED_ON = "submittedOn";
  static final String SIGN_OFF_DECISION = "signOffDecision";
  static final String RETURN_REASON = "returnReason";
  static final String CORRECTION_DECISION = "correctionDecision";
  static final String REMINDERS_SENT = "remindersSent";
  static final String ESCALATED = "escalated";

  private WorkHoursVariables() {}
}
