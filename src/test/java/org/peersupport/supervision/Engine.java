package org.peersupport.supervision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.stereotype.Component;

/**
 * Test helper over the real engine: act as a demo user (with their groups, so authorization checks
 * apply as in production), find and complete tasks, run due timers.
 */
@Component
public class Engine {

  private final ProcessEngine engine;

  public Engine(ProcessEngine engine) {
    this.engine = engine;
    BpmnAwareTests.init(engine);
  }

  public ProcessEngine engine() {
    return engine;
  }

  /** Runs the work as the user, with their groups; authorization checks apply. */
  public <T> T as(String userId, java.util.function.Supplier<T> work) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void asUser(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  /** The one open task of the instance at that activity. */
  public Task task(String processInstanceId, String activityId) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activityId).singleResult();
    if (task == null) {
      throw new AssertionError("no open task " + activityId + " in " + processInstanceId);
    }
    return task;
  }

  /** Submits the task's form as the user, the way Tasklist and REST do (form service). */
  public void submit(String userId, String processInstanceId, String activityId, Map<String, Object> variables) {
    Task task = task(processInstanceId, activityId);
    asUser(userId, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  /** Runs the instance's timer job at the activity, as the job executor would when it is due. */
  public void fireTimer(String processInstanceId, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().singleResult();
    if (job == null) {
      throw new AssertionError("no timer at " + activityId + " in " + processInstanceId);
    }
    engine.getManagementService().executeJob(job.getId());
  }
}
