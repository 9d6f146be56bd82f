package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The specialist agreed the corrective plan. */
@Component("recordPlanAgreement")
class RecordPlanAgreement implements TaskListener {

  private final FormValidator forms;
  private final Reflections reflections;

  RecordPlanAgreement(FormValidator forms, Reflections reflections) {
    this.forms = forms;
    this.reflections = reflections;
  }

  @Override
  public void notify(DelegateTask task) {
    PlanAgreementForm agreement = forms.read(PlanAgreementForm.class, task.getVariables());
    reflections.of(task.getProcessInstanceId()).planAgreed(agreement.specialistComment(), Reflections.now());
  }
}
