package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The specialist's answer to the wellness supports offered (confidential, like the reflection). */
@Component("recordWellnessSupport")
class RecordWellnessSupport implements TaskListener {

  private final FormValidator forms;
  private final Reflections reflections;

  RecordWellnessSupport(FormValidator forms, Reflections reflections) {
    this.forms = forms;
    this.reflections = reflections;
  }

  @Override
  public void notify(DelegateTask task) {
    WellnessSupportForm answer = forms.read(WellnessSupportForm.class, task.getVariables());
    reflections.of(task.getProcessInstanceId())
        .wellnessAnswered(answer.wellnessSupports(), answer.wellnessNote(), Reflections.now());
  }
}
