package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** A program lead answered the ethics consultation: the outcome goes to the reflection's record. */
@Component("recordEthicsOutcome")
class RecordEthicsOutcome implements TaskListener {

  private final FormValidator forms;
  private final Reflections reflections;

  RecordEthicsOutcome(FormValidator forms, Reflections reflections) {
    this.forms = forms;
    this.reflections = reflections;
  }

  @Override
  public void notify(DelegateTask task) {
    EthicsConsultationForm answer = forms.read(EthicsConsultationForm.class, task.getVariables());
    reflections.of((String) task.getVariable(ReflectionVariables.REFLECTION_REFERENCE))
        .ethicsAnswered(answer.ethicsOutcome(), answer.ethicsNote(), Reflections.now());
  }
}
