package org.peersupport.supervision.workhours;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * The supervisor's answer: signed off, the waiting entries are final and count toward the initial
 * certification; returned, they are marked RETURNED with what to correct, and the specialist corrects them.
 */
@Component("recordSignOffDecision")
class RecordSignOffDecision implements TaskListener {

  private final FormValidator validator;
  private final WorkHoursLedger ledger;

  RecordSignOffDecision(FormValidator validator, WorkHoursLedger ledger) {
    this.validator = validator;
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateTask task) {
    SignOffWorkHoursForm form = validator.read(SignOffWorkHoursForm.class, task.getVariablesTyped());
    String by = task.getAssignee() != null ? task.getAssignee()
        : (String) task.getVariable(WorkHoursVariables.SUPERVISOR_ID);
    if (form.signOffDecision() == SignOffDecision.SIGN_OFF) {
      ledger.signOff(task.getProcessInstanceId(), by, Instant.now());
    } else {
      ledger.returnForCorrection(task.getProcessInstanceId(), by, Instant.now(), form.returnReason());
    }
  }
}
