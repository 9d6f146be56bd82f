package org.peersupport.supervision.audit;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The supervisor's follow-up action is done: recorded with its time and the optional note. */
@Component("completeFollowUpAction")
class CompleteFollowUpAction implements TaskListener {

  private final FormValidator forms;
  private final FollowUpActions actions;

  CompleteFollowUpAction(FormValidator forms, FollowUpActions actions) {
    this.forms = forms;
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    FollowUpActionForm form = forms.read(FollowUpActionForm.class, task.getVariables());
    Long id = ((Number) task.getVariable("followUpActionId")).longValue();
    FollowUpAction action = actions.findById(id).orElseThrow();
    action.done(Instant.now(), form.followUpNote());
    actions.save(action);
  }
}
