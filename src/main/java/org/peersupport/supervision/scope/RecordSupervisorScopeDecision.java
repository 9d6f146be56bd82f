package org.peersupport.supervision.scope;

import static org.peersupport.supervision.scope.ScopeVariables.OVERRIDDEN;
import static org.peersupport.supervision.scope.ScopeVariables.SCOPE_OUTCOME;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * The supervisor's scope decision becomes the outcome. Deciding differently from the table's REFER or
 * WITHIN_SCOPE is an override: refused without a written reason, recorded for audit with it.
 */
@Component("recordSupervisorScopeDecision")
class RecordSupervisorScopeDecision implements TaskListener {

  private final FormValidator forms;
  private final ScopeChecks checks;
  private final ScopeOverrides overrides;

  RecordSupervisorScopeDecision(FormValidator forms, ScopeChecks checks, ScopeOverrides overrides) {
    this.forms = forms;
    this.checks = checks;
    this.overrides = overrides;
  }

  @Override
  public void notify(DelegateTask task) {
    SupervisorScopeDecisionForm form = forms.read(SupervisorScopeDecisionForm.class, task.getVariables());
    ScopeCheck check = checks.of(task.getProcessInstanceId());
    ScopeOutcome decided = form.supervisorOutcome().outcome();
    boolean override = check.getDmnOutcome() != ScopeOutcome.CONSULT && check.getDmnOutcome() != decided;
    if (override && form.decisionReason() == null) {
      throw FormRejectedException.of("scope-check-supervisor-decision", "decisionReason",
          "a written reason is required to decide differently from the scope-of-practice table");
    }
    Instant now = Instant.now();
    check.decidedBySupervisor(decided, now);
    checks.save(check);
    if (override) {
      overrides.save(new ScopeOverride(check, task.getAssignee(), decided, form.decisionReason(), now));
    }
    task.setVariable(SCOPE_OUTCOME, decided.name());
    task.setVariable(OVERRIDDEN, override);
  }
}
