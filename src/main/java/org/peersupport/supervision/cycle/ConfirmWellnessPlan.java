package org.peersupport.supervision.cycle;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The specialist confirmed the wellness support plan. */
@Component("confirmWellnessPlan")
class ConfirmWellnessPlan implements TaskListener {

  private final FormValidator forms;
  private final WellnessRecords wellness;

  ConfirmWellnessPlan(FormValidator forms, WellnessRecords wellness) {
    this.forms = forms;
    this.wellness = wellness;
  }

  @Override
  public void notify(DelegateTask task) {
    WellnessPlanConfirmationForm confirmation = forms.read(WellnessPlanConfirmationForm.class, task.getVariables());
    wellness.forCycle(task).confirmPlan(Instant.now(), confirmation.specialistComment());
  }
}
