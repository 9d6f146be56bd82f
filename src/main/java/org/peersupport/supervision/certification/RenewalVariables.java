package org.peersupport.supervision.certification;

/** Names of the certification-renewal process's own variables (form fields are named by their records). */
final class RenewalVariables {

  static final String CERTIFICATION_ID = "certificationId";
  static final String SPECIALIST_ID = "specialistId";
  static final String SPECIALIST_NAME = "specialistName";
  static final String SUPERVISOR_ID = "supervisorId";
  static final String SUPERVISOR_NAME = "supervisorName";
  static final String CREDENTIAL_NAME = "credentialName";
  static final String ISSUING_BODY = "issuingBody";
  /** ISO date (yyyy-MM-dd): the last day the certification is valid. */
  static final String EXPIRES_ON = "certificationExpiresOn";
  /** Days before expiry of the next reminder, or null when none is ahead. */
  static final String NEXT_REMINDER_DAYS_BEFORE = "nextReminderDaysBefore";
  /** Days before expiry of the last reminder sent in this renewal period, or null. */
  static final String REMINDED_DAYS_BEFORE = "remindedDaysBefore";
  static final String REMINDERS_SENT = "remindersSent";
  static final String EXPIRED = "certificationExpired";

  private RenewalVariables() {}
}
