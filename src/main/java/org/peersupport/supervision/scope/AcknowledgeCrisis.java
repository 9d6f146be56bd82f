package org.peersupport.supervision.scope;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The supervisor acknowledged the crisis: the time from crisis to acknowledgment is recorded. */
@Component("acknowledgeCrisis")
class AcknowledgeCrisis implements TaskListener {

  private final FormValidator forms;
  private final ScopeChecks checks;

  AcknowledgeCrisis(FormValidator forms, ScopeChecks checks) {
    this.forms = forms;
    this.checks = checks;
  }

  @Override
  public void notify(DelegateTask task) {
    forms.read(CrisisAcknowledgmentForm.class, task.getVariables());
    ScopeCheck check = checks.of(task.getProcessInstanceId());
    check.acknowledgedBySupervisor(Instant.now());
    checks.save(check);
  }
}
