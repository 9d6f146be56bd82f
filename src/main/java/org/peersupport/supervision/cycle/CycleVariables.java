package org.peersupport.supervision.cycle;

/** Names of the supervision cycle's own process variables (form fields are named by their records). */
final class CycleVariables {

  static final String SPECIALIST_ID = "specialistId";
  static final String SUPERVISOR_ID = "supervisorId";
  static final String SPECIALIST_NAME = "specialistName";
  static final String SUPERVISOR_NAME = "supervisorName";
  static final String REFLECTION_PROMPTS = "reflectionPrompts";
  static final String REFLECTION_DUE_DATE = "reflectionDueDate";
  static final String REMINDERS_SENT = "remindersSent";
  static final String ESCALATED = "reflectionEscalated";

  private CycleVariables() {}
}
