package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The supervisor's follow-up review of the corrective plan: completed, or extended to a new date. */
@Component("recordPlanFollowUp")
class RecordPlanFollowUp implements TaskListener {

  private final FormValidator forms;
  private final Reflections reflections;

  RecordPlanFollowUp(FormValidator forms, Reflections reflections) {
    this.forms = forms;
    this.reflections = reflections;
  }

  @Override
  public void notify(DelegateTask task) {
    PlanFollowUpForm followUp = forms.read(PlanFollowUpForm.class, task.getVariables());
    reflections.of(task.getProcessInstanceId()).planFollowedUp(followUp, Reflections.now());
  }
}
