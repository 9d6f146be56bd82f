package org.peersupport.supervision.scope;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the scope check's own process variables (form fields are named by their records). */
final class ScopeVariables {

  static final String SPECIALIST_ID = "specialistId";
  static final String SUPERVISOR_ID = "supervisorId";
  static final String SPECIALIST_NAME = "specialistName";
  static final String SUPERVISOR_NAME = "supervisorName";
  static final String RAISED_AT = "scopeRaisedAt";
  /** DMN inputs derived from the start form. */
  static final String ACUTE_RISK = "acuteRisk";
  static final String NEED_UNCLEAR = "needUnclear";
  static final String ABUSE_OR_NEGLECT_DISCLOSED = "abuseOrNeglectDisclosed";
  /** The scope-of-practice table's outcome and reason (business rule task output). */
  static final String TABLE_OUTCOME = "tableOutcome";
  static final String TABLE_REASON = "tableReason";
  /** The final outcome, after the supervisor's decision where there was one. */
  static final String SCOPE_OUTCOME = "scopeOutcome";
  static final String OVERRIDDEN = "scopeOverridden";
  static final String CRISIS_ESCALATED = "crisisEscalated";
  static final String REFERRAL_OUTCOME = "referralOutcome";

  private ScopeVariables() {}

  /** A variable's value as text, or null when it is not set. */
  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
