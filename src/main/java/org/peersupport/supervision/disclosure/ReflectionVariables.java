package org.peersupport.supervision.disclosure;

/** Names of the process's own variables (form fields are named by their records). */
final class ReflectionVariables {

  static final String SPECIALIST_ID = "specialistId";
  static final String SUPERVISOR_ID = "supervisorId";
  static final String SPECIALIST_NAME = "specialistName";
  static final String SUPERVISOR_NAME = "supervisorName";
  static final String ASSIGNED_BY = "assignedBy";
  static final String SITUATION_TYPE_LABEL = "situationTypeLabel";
  static final String RISK_LEVEL = "riskLevel";
  /** The risk level in words ("high"), for task names and forms. */
  static final String RISK_LEVEL_LABEL = "riskLevelLabel";
  static final String RISK_REASON = "riskReason";
  /** The situation's date as people read it ("8 Dec 2026"). */
  static final String SITUATION_DATE_SHOWN = "situationDateShown";
  static final String OFFER_WELLNESS_SUPPORT = "offerWellnessSupport";
  static final String REVIEW_DUE_AT = "reviewDueAt";
  /** In the ethics consultation: the disclosure-reflection instance it is about. */
  static final String REFLECTION_REFERENCE = "reflectionReference";
  /** Set by the engine on a business rule task for its listeners: the decision's result. */
  static final String DECISION_RESULT = "decisionResult";

  private ReflectionVariables() {}
}
