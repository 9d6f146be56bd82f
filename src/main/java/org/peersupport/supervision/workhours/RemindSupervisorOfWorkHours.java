package org.peersupport.supervision.workhours;

import java.time.LocalDate;
import org.peersupport.supervision.system.Dates;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Submitted work hours have waited for the supervisor's sign-off: the sign-off moves up the supervisor's
 * list (higher priority, follow-up date today) with a friendly reminder. The task stays open.
 */
@Component("remindSupervisorOfWorkHours")
class RemindSupervisorOfWorkHours implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task signOff = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_SignOffWorkHours").singleResult();
    if (signOff == null) {
      return;
    }
    signOff.setPriority(REMINDED_PRIORITY);
    signOff.setFollowUpDate(java.sql.Date.valueOf(LocalDate.now()));
    tasks.saveTask(signOff);
    tasks.createComment(signOff.getId(), execution.getProcessInstanceId(),
        "Reminder: supervised work hours submitted on " + Dates.shown(Dates.dayOf(execution.getVariable(WorkHoursVariables.SUBMITTED_ON)))
            + " are waiting for your sign-off. They count toward an initial certification once you sign them off.");
    Integer sent = (Integer) execution.getVariable(WorkHoursVariables.REMINDERS_SENT);
    execution.setVariable(WorkHoursVariables.REMINDERS_SENT, sent == null ? 1 : sent + 1);
  }
}
