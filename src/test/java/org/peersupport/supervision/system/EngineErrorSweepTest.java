package org.peersupport.supervision.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed bodies ({@code {}}, {@code []}, {@code "x"}, invalid JSON, no body) sent to a representative
 * set of the engine's write operations, as an administrator and as a specialist, on both mounts
 * ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}): no answer is a 5xx, and no answer
 * names SQL, tables or columns.
 */
@ProcessTest
class EngineErrorSweepTest {

  private static final String TASKLIST = "/camunda/api/engine/engine/default";
  /**
   * Long polling needs an asynchronous servlet, which Camunda's webapp engine API is not: there it cannot
   * work at all (Tasklist never calls it), and the edge's allow-list refuses it on that mount.
   */
  private static final String LONG_POLLING = "/external-task/fetchAndLock";
  private static final List<String> BODIES = List.of("{}", "[]", "\"x\"", "{\"variables\": {", "");
  private static final Pattern INTERNALS = Pattern.compile(
      "(?i)\\bSQL|\\bselect\\b|\\binsert into\\b|\\bACT_[A-Z]{2}_|constraint|\\bcolumn\\b|\\bPUBLIC\\.|Exception:|\\bat org\\.");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private String processInstance;
  private String task;
  private Set<String> tasksBefore;

  @BeforeEach
  void aRunningCycle() {
    tasksBefore = engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).collect(Collectors.toSet());
    Http.Reply started = Http.as(port, "maria").post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Map.of("variables", Map.of("specialistId", Map.of("value", "alex"))));
    assertThat(started.status()).isEqualTo(200);
    processInstance = started.json().get("id").asText();
    task = engine.getTaskService().createTaskQuery().processInstanceId(processInstance).singleResult().getId();
  }

  @AfterEach
  void removeWhatTheSweepCreated() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(List.of(processInstance), "sweep done", true, true, true);
    for (Task created : engine.getTaskService().createTaskQuery().list()) {
      if (!tasksBefore.contains(created.getId()) && created.getProcessInstanceId() == null) {
        engine.getTaskService().deleteTask(created.getId(), true);
      }
    }
  }

  record Operation(String method, String path) {}

  private List<Operation> operations() {
    String dummy = "00000000-0000-0000-0000-000000000000";
    return List.of(
        new Operation("POST", "/condition"),
        new Operation("POST", "/message"),
        new Operation("POST", "/signal"),
        new Operation("POST", "/task/create"),
        new Operation("PUT", "/task/" + task),
        new Operation("PUT", "/task/" + dummy),
        new Operation("POST", "/task/" + task + "/claim"),
        new Operation("POST", "/task/" + task + "/assignee"),
        new Operation("POST", "/task/" + task + "/identity-links"),
        new Operation("POST", "/task/" + task + "/comment/create"),
        new Operation("POST", "/task/" + task + "/localVariables"),
        new Operation("PUT", "/task/" + task + "/variables/someName"),
        new Operation("POST", "/process-instance/" + processInstance + "/variables"),
        new Operation("PUT", "/process-instance/" + processInstance + "/variables/someName"),
        new Operation("POST", "/process-instance/" + processInstance + "/modification"),
        new Operation("PUT", "/process-instance/" + processInstance + "/suspended"),
        new Operation("POST", "/process-instance/delete"),
        new Operation("PUT", "/process-instance/suspended"),
        new Operation("POST", "/process-definition/key/supervision-cycle/start"),
        new Operation("POST", "/decision-definition/key/boundary-risk/evaluate"),
        new Operation("POST", "/deployment/create"),
        new Operation("PUT", "/job/" + dummy + "/retries"),
        new Operation("PUT", "/job/" + dummy + "/duedate"),
        new Operation("POST", "/job/" + dummy + "/execute"),
        new Operation("PUT", "/job/retries"),
        new Operation("POST", "/external-task/fetchAndLock"),
        new Operation("POST", "/migration/execute"),
        new Operation("POST", "/modification/execute"),
        new Operation("POST", "/filter/create"),
        new Operation("POST", "/history/cleanup"),
        new Operation("POST", "/process-instance/" + processInstance + "/comment"),
        new Operation("POST", "/execution/" + dummy + "/signal"));
  }

  private Http.Reply send(Http http, String method, String path, String body) {
    return switch (method) {
      case "PUT" -> http.put(path, body);
      default -> http.post(path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    };
  }

  @Test
  void malformedBodiesToEngineWriteOperationsAreNever5xxAndNeverNameTheDatabase() {
    List<String> failures = new ArrayList<>();
    int answers = 0;
    for (String user : List.of("admin", "alex")) {
      Http basic = Http.as(port, user);
      Http session = Http.tasklistSession(port, user);
      for (Operation operation : operations()) {
        for (String body : BODIES) {
          for (String mount : List.of("/engine-rest", TASKLIST)) {
            if (mount.equals(TASKLIST) && operation.path().equals(LONG_POLLING)) {
              continue;
            }
            Http.Reply reply = send(mount.equals(TASKLIST) ? session : basic, operation.method(), mount + operation.path(),
                body);
            answers++;
            String what = user + " " + operation.method() + " " + mount + operation.path() + " " + body;
            if (reply.status() >= 500) {
              failures.add(what + " -> " + reply.status() + " " + reply.body());
            } else if (INTERNALS.matcher(reply.body()).find()) {
              failures.add(what + " -> " + reply.status() + " names internals: " + reply.body());
            }
          }
        }
      }
    }
    assertThat(answers).isEqualTo(2 * (2 * operations().size() - 1) * BODIES.size());
    assertThat(failures).as("answers that are 5xx or name SQL, tables or columns").isEmpty();
  }

  @Test
  void deletingATaskOfARunningProcessIsA400WithAPlainMessageOnBothMountsEvenForAnAdministrator() {
    for (Http.Reply reply : List.of(Http.as(port, "admin").delete("/engine-rest/task/" + task),
        Http.tasklistSession(port, "admin").delete(TASKLIST + "/task/" + task))) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.body()).contains("belongs to a running process").doesNotContain("Exception:");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("still there").isOne();
  }
}
