package org.peersupport.supervision.scope;

import static org.peersupport.supervision.scope.ScopeVariables.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * After the scope-of-practice table: the scope check is recorded with the table's outcome and
 * reason, and the time from raised to decided (a crisis is decided at once; the other outcomes when
 * the supervisor decides).
 */
@Component("recordScopeDecision")
class RecordScopeDecision implements JavaDelegate {

  private final FormValidator forms;
  private final ScopeChecks checks;

  RecordScopeDecision(FormValidator forms, ScopeChecks checks) {
    this.forms = forms;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ScopeCheckStartForm form = forms.read(ScopeCheckStartForm.class, execution.getVariables());
    ScopeOutcome outcome = ScopeOutcome.valueOf(ScopeVariables.text(execution, TABLE_OUTCOME));
    ScopeCheck check = new ScopeCheck(execution.getProcessInstanceId(), ScopeVariables.text(execution, SPECIALIST_ID),
        ScopeVariables.text(execution, SUPERVISOR_ID), form, ((Date) execution.getVariable(RAISED_AT)).toInstant());
    check.decidedByTable(outcome, ScopeVariables.text(execution, TABLE_REASON), Instant.now());
    checks.save(check);
    execution.setVariable(SCOPE_OUTCOME, outcome.name());
  }
}
