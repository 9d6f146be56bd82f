package org.peersupport.supervision.scope;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/**
 * The supervisor decides a scope check the table did not settle (CONSULT), or confirms or overrides
 * the table's REFER or WITHIN_SCOPE. An override needs a written reason (checked against the
 * table's outcome when the decision is recorded); program leads read that reason in audits.
 */
@TaskForm("scope-check-supervisor-decision")
public record SupervisorScopeDecisionForm(
    @NotNull ScopeDecision supervisorOutcome,
    @Size(max = 1000) String decisionReason) {

  /** The outcomes a supervisor may choose: a crisis is never decided away. */
  public enum ScopeDecision {
    WITHIN_SCOPE,
    REFER;

    ScopeOutcome outcome() {
      return ScopeOutcome.valueOf(name());
    }
  }
}
