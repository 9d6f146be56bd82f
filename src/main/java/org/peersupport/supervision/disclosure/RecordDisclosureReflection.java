package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * The specialist submitted the reflection: it is kept as a {@link DisclosureReflection}, and the
 * inputs of {@code boundary-risk} are set as typed variables (a hidden form field arrives as nothing).
 */
@Component("recordDisclosureReflection")
class RecordDisclosureReflection implements TaskListener {

  private final FormValidator forms;
  private final Reflections reflections;

  RecordDisclosureReflection(FormValidator forms, Reflections reflections) {
    this.forms = forms;
    this.reflections = reflections;
  }

  @Override
  public void notify(DelegateTask task) {
    DisclosureReflectionForm form = forms.read(DisclosureReflectionForm.class, task.getVariables());
    Object request = task.getVariable("reflectionRequest");
    reflections.save(new DisclosureReflection(task.getProcessInstanceId(),
        (String) task.getVariable(ReflectionVariables.SPECIALIST_ID),
        (String) task.getVariable(ReflectionVariables.SUPERVISOR_ID),
        (String) task.getVariable(ReflectionVariables.ASSIGNED_BY),
        request == null || request.toString().isBlank() ? null : request.toString().strip(),
        form, Reflections.now()));
    task.setVariable("situationType", form.situationType().name());
    task.setVariable(ReflectionVariables.SITUATION_TYPE_LABEL, form.situationType().label());
    task.setVariable("situationDate", form.situationDate().toString());
    task.setVariable(ReflectionVariables.SITUATION_DATE_SHOWN, Dates.shown(form.situationDate()));
    task.setVariable("needsServed", form.needsServed().name());
    task.setVariable("ownRecoveryDistress", form.ownRecoveryDistress());
    task.setVariable("briefComfortingGesture", form.isBriefComfortingGesture());
  }
}
