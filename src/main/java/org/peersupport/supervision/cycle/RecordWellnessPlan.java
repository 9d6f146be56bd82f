package org.peersupport.supervision.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The wellness support plan the supervisor wrote with the specialist, kept in the confidential record. */
@Component("recordWellnessPlan")
class RecordWellnessPlan implements TaskListener {

  private final FormValidator forms;
  private final WellnessRecords wellness;

  RecordWellnessPlan(FormValidator forms, WellnessRecords wellness) {
    this.forms = forms;
    this.wellness = wellness;
  }

  @Override
  public void notify(DelegateTask task) {
    WellnessPlanForm plan = forms.read(WellnessPlanForm.class, task.getVariables());
    wellness.forCycle(task).plan(plan.supportPlan(), plan.planReviewDate());
  }
}
