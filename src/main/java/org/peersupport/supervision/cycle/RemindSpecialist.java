package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The reflection's due date has passed: the open reflection task moves up the specialist's list (higher
 * priority, follow-up date today) and carries a friendly reminder. The task stays open.
 */
@Component("remindSpecialist")
class RemindSpecialist implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task reflection = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_CompleteReflection").singleResult();
    if (reflection == null) {
      return;
    }
    reflection.setPriority(REMINDED_PRIORITY);
    reflection.setFollowUpDate(java.sql.Date.valueOf(LocalDate.now()));
    tasks.saveTask(reflection);
    tasks.createComment(reflection.getId(), execution.getProcessInstanceId(),
        "Reminder: your pre-supervision reflection was due on " + execution.getVariable(CycleVariables.REFLECTION_DUE_DATE)
            + ". Take the time you need; if something is in the way, tell your supervisor.");
    Integer sent = (Integer) execution.getVariable(CycleVariables.REMINDERS_SENT);
    execution.setVariable(CycleVariables.REMINDERS_SENT, sent == null ? 1 : sent + 1);
  }
}
