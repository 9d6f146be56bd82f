package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A MODERATE risk review passed its due time: it moves up the supervisor's list with a reminder. */
@Component("remindSupervisor")
class RemindSupervisor implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final Reflections reflections;

  RemindSupervisor(Reflections reflections) {
    this.reflections = reflections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task review = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_SupervisorReview").singleResult();
    if (review != null) {
      review.setPriority(REMINDED_PRIORITY);
      tasks.saveTask(review);
      tasks.createComment(review.getId(), execution.getProcessInstanceId(),
          "Reminder: this reflection was due for your review. The specialist is waiting for your feedback.");
    }
    reflections.of(execution.getProcessInstanceId()).supervisorReminded(Reflections.now());
  }
}
