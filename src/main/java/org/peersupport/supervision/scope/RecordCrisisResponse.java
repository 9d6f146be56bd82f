package org.peersupport.supervision.scope;

import java.time.Instant;
import java.util.LinkedHashSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The specialist documented the crisis response. */
@Component("recordCrisisResponse")
class RecordCrisisResponse implements TaskListener {

  private final FormValidator forms;
  private final ScopeChecks checks;

  RecordCrisisResponse(FormValidator forms, ScopeChecks checks) {
    this.forms = forms;
    this.checks = checks;
  }

  @Override
  public void notify(DelegateTask task) {
    CrisisResponseForm form = forms.read(CrisisResponseForm.class, task.getVariables());
    ScopeCheck check = checks.of(task.getProcessInstanceId());
    check.crisisResponded(new LinkedHashSet<>(form.crisisActions()), form.crisisActionOther(), form.crisisContact(),
        form.crisisOutcome(), form.crisisNotes(), Instant.now());
    checks.save(check);
  }
}
