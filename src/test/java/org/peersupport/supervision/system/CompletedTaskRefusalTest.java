package org.peersupport.supervision.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loser of two completions of one task at the same moment can be refused the task's permission,
 * because the winner removed the task with its permissions after the loser had read it (seen under load in
 * LostRaceHttpTest as "403 TASK_WORK"): for the person the task was theirs that is a task that is no longer
 * open (404), and a refusal stays a refusal for anyone else and for a task that never finished.
 */
@ProcessTest
class CompletedTaskRefusalTest {

  @Autowired ProcessEngine engine;

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  private String completedCycleStartOfMaria() {
    String cycle = engine.getRuntimeService().startProcessInstanceByKey("supervision-cycle",
        Map.of("specialistId", "alex", "supervisorId", "maria")).getId();
    Task assign = engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult();
    assertThat(assign.getAssignee()).isEqualTo("maria");
    engine.getTaskService().complete(assign.getId(), Map.of("reflectionPrompts",
        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"BOUNDARIES\"]").create(),
        "reflectionDueDate", java.time.LocalDate.now().plusDays(5).toString()));
    return assign.getId();
  }

  private Response refusedAs(String user, List<String> groups, String taskId) {
    engine.getIdentityService().setAuthentication(user, groups);
    // as Camunda refuses a completion: any of four permissions, on the task or on its process definition
    return new EngineErrors.EngineExceptionMapper().toResponse(new AuthorizationException(user, List.of(
        new org.camunda.bpm.engine.authorization.MissingAuthorization("TASK_WORK", "Task", taskId),
        new org.camunda.bpm.engine.authorization.MissingAuthorization("TASK_WORK", "ProcessDefinition", "supervision-cycle"),
        new org.camunda.bpm.engine.authorization.MissingAuthorization("UPDATE", "Task", taskId),
        new org.camunda.bpm.engine.authorization.MissingAuthorization("UPDATE_TASK", "ProcessDefinition", "supervision-cycle"))));
  }

  @Test
  void aTaskThatWasTheirsAndJustFinishedIsNoLongerOpen() {
    String done = completedCycleStartOfMaria();
    Response maria = refusedAs("maria", List.of("supervisors"), done);
    assertThat(maria.getStatus()).isEqualTo(404);
    assertThat(((Map<?, ?>) maria.getEntity()).get("detail")).isEqualTo(EngineErrors.TASK_GONE);
    assertThat(engine.getIdentityService().getCurrentAuthentication().getUserId())
        .as("the person's sign-in is kept for the rest of the request").isEqualTo("maria");
  }

  @Test
  void anyoneElseAndATaskThatNeverFinishedKeepTheRefusal() {
    String done = completedCycleStartOfMaria();
    assertThat(refusedAs("jordan", List.of("specialists"), done).getStatus()).isEqualTo(403);
    assertThat(refusedAs("maria", List.of("supervisors"), "no-such-task").getStatus()).isEqualTo(403);
    String open = engine.getTaskService().createTaskQuery().taskAssignee("alex").list().get(0).getId();
    assertThat(refusedAs("alex", List.of("specialists"), open).getStatus()).isEqualTo(403);
  }
}
