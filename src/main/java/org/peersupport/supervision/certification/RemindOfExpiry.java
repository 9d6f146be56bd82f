package org.peersupport.supervision.certification;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.peersupport.supervision.people.Relationships;
import org.springframework.stereotype.Component;

/**
 * A reminder is due: the specialist's open renewal task moves up their list (higher priority, follow-up
 * today) with a plain comment; the reminder tasks for the specialist and their current supervisor follow
 * in the diagram. The supervisor is looked up again, in case the specialist changed supervisor since
 * the certification was recorded.
 */
@Component("remindOfExpiry")
class RemindOfExpiry implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final Relationships relationships;

  RemindOfExpiry(Relationships relationships) {
    this.relationships = relationships;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer days = (Integer) execution.getVariable(RenewalVariables.NEXT_REMINDER_DAYS_BEFORE);
    String specialistId = (String) execution.getVariable(RenewalVariables.SPECIALIST_ID);
    relationships.supervisorOf(specialistId).ifPresent(supervisor -> {
      execution.setVariable(RenewalVariables.SUPERVISOR_ID, supervisor);
      execution.setVariable(RenewalVariables.SUPERVISOR_NAME, relationships.displayName(supervisor));
    });
    execution.setVariable(RenewalVariables.REMINDED_DAYS_BEFORE, days);
    Integer sent = (Integer) execution.getVariable(RenewalVariables.REMINDERS_SENT);
    execution.setVariable(RenewalVariables.REMINDERS_SENT, sent == null ? 1 : sent + 1);

    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task renewal = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_RenewCertification").singleResult();
    if (renewal != null) {
      renewal.setPriority(REMINDED_PRIORITY);
      renewal.setFollowUpDate(java.sql.Date.valueOf(LocalDate.now()));
      tasks.saveTask(renewal);
      tasks.createComment(renewal.getId(), execution.getProcessInstanceId(),
          "Reminder: this certification expires on " + execution.getVariable(RenewalVariables.EXPIRES_ON)
              + " (" + days + " days' notice). When you have renewed, record the new expiry here.");
    }
  }
}
