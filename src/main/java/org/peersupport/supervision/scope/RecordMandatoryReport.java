package org.peersupport.supervision.scope;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The mandatory report of a disclosed abuse or neglect was made and is recorded. */
@Component("recordMandatoryReport")
class RecordMandatoryReport implements TaskListener {

  private final FormValidator forms;
  private final ScopeChecks checks;

  RecordMandatoryReport(FormValidator forms, ScopeChecks checks) {
    this.forms = forms;
    this.checks = checks;
  }

  @Override
  public void notify(DelegateTask task) {
    MandatoryReportForm form = forms.read(MandatoryReportForm.class, task.getVariables());
    ScopeCheck check = checks.of(task.getProcessInstanceId());
    check.mandatoryReportMade(form.reportedBy(), form.reportAgency(), form.reportAgencyOther(), form.reportedOn(),
        form.reportReference(), Instant.now());
    checks.save(check);
  }
}
