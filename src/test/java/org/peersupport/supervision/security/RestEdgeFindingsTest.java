package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.validation.FormRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine operations found open when the product was tried as an attacker with a demo account
 * (issue #13, findings 1 to 4, 7 and 10): each is refused at the edge (both mounts) and, where it
 * changes work, inside the engine as well, and a refused call changes nothing.
 */
@ProcessTest
class RestEdgeFindingsTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Engine as;

  /** A cycle maria started for alex, at alex's reflection task: answers the task. */
  private Task alexsReflectionTask() {
    Http maria = Http.as(port, "maria");
    Http.Reply started = maria.post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Http.variables(Map.of("specialistId", "alex")));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String cycle = started.json().get("id").asText();
    String assign = maria.get("/engine-rest/task?processInstanceId=" + cycle).json().get(0).get("id").asText();
    assertThat(maria.post("/engine-rest/task/" + assign + "/submit-form", Http.variables(Map.of(
        "reflectionPrompts", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"ETHICS\"]").create(),
        "reflectionDueDate", LocalDate.now().plusDays(5).toString()))).status()).isEqualTo(204);
    return engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult();
  }

  private Object variable(Task task, String name) {
    return engine.getRuntimeService().getVariable(task.getExecutionId(), name);
  }

  private static void refusedAtTheEdge(Http.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.body()).contains(EdgeAllowListFilter.REFUSAL_DETAIL);
  }

  // ---- 1. resolve rewrote any variable --------------------------------------------------------------

  @Test
  void assigneeCannotRewriteVariablesWithResolveOnEitherMount() {
    Task task = alexsReflectionTask();
    Map<String, Object> body = Http.variables(Map.of("supervisorId", "casey", "riskLevel", "LOW"));
    refusedAtTheEdge(Http.as(port, "alex").post("/engine-rest/task/" + task.getId() + "/resolve", body));
    refusedAtTheEdge(Http.tasklistSession(port, "alex")
        .post("/camunda/api/engine/engine/default/task/" + task.getId() + "/resolve", body));
    assertThat(variable(task, "supervisorId")).isEqualTo("maria");
  }

  @Test
  void assigneeCannotResolveInsideTheEngineEither() {
    Task task = alexsReflectionTask();
    assertThatThrownBy(() -> as.as("alex", () -> {
      engine.getTaskService().resolveTask(task.getId(), Map.of("supervisorId", "casey"));
      return null;
    })).isInstanceOf(AuthorizationException.class).hasMessageContaining("Only a form submission");
    assertThat(variable(task, "supervisorId")).isEqualTo("maria");
  }

  @Test
  void assigneeCannotWriteVariablesInsideTheEngine() {
    Task task = alexsReflectionTask();
    // alex holds TASK_WORK on his task; even a grant that allowed the write would not let it past the form
    assertThatThrownBy(() -> as.as("alex", () -> {
      engine.getTaskService().setVariable(task.getId(), "supervisorId", "casey");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThat(variable(task, "supervisorId")).isEqualTo("maria");
  }

  @Test
  void aFormSubmissionInsideTheEngineMayCarryOnlyTheFormsFields() {
    Task task = alexsReflectionTask();
    Map<String, Object> answers = new HashMap<>(new org.peersupport.supervision.cycle.CycleFormSamples().samples()
        .get("supervision-cycle-reflection"));
    answers.put("supervisorId", "casey");
    assertThatThrownBy(() -> as.as("alex", () -> {
      engine.getFormService().submitTaskForm(task.getId(), answers);
      return null;
    })).isInstanceOf(FormRejectedException.class).hasMessageContaining("supervisorId");
    assertThat(variable(task, "supervisorId")).isEqualTo("maria");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  // ---- 2. a path parameter skipped the form filter ---------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task/ID/submit-form;a=b", "/engine-rest/task/ID;x=1/submit-form",
      "/engine-rest/task/ID/complete;a", "/engine-rest/task/ID/submit-form%3Ba=b", "/engine-rest/task/ID/./submit-form",
      "/engine-rest//task/ID/submit-form", "/engine-rest/task/ID%2Fsubmit-form"})
  void pathTricksAreRefusedBeforeTheEngine(String template) {
    Task task = alexsReflectionTask();
    Http.Reply reply = Http.as(port, "alex").post(template.replace("ID", task.getId()),
        Http.variables(Map.of("specialistId", "casey")));
    assertThat(reply.status()).as(reply.body()).isBetween(400, 404);
    assertThat(variable(task, "specialistId")).isEqualTo("alex");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void aPathParameterOnAStartIsRefused() {
    Http.Reply reply = Http.as(port, "maria").post("/engine-rest/process-definition/key/supervision-cycle/start;x=1",
        Http.variables(Map.of("specialistId", "casey")));
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("specialistId", "casey")
        .variableValueEquals("supervisorId", "maria").count()).isZero();
  }

  @Test
  void theNamedEngineMountIsTheSameOperation() {
    Task task = alexsReflectionTask();
    refusedAtTheEdge(Http.as(port, "alex").post("/engine-rest/engine/default/task/" + task.getId() + "/resolve",
        Http.variables(Map.of("supervisorId", "casey"))));
    assertThat(variable(task, "supervisorId")).isEqualTo("maria");
  }

  // ---- 3. bpmnError and bpmnEscalation ended a task without its form ----------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"bpmnError", "bpmnEscalation"})
  void aTaskCannotBeEndedWithoutItsForm(String operation) {
    Task task = alexsReflectionTask();
    Map<String, Object> body = Map.of("errorCode", "any", "escalationCode", "any");
    refusedAtTheEdge(Http.as(port, "alex").post("/engine-rest/task/" + task.getId() + "/" + operation, body));
    refusedAtTheEdge(Http.tasklistSession(port, "alex")
        .post("/camunda/api/engine/engine/default/task/" + task.getId() + "/" + operation, body));
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void aTaskCannotBeEndedWithoutItsFormInsideTheEngine() {
    Task task = alexsReflectionTask();
    assertThatThrownBy(() -> as.as("alex", () -> {
      engine.getTaskService().handleBpmnError(task.getId(), "any");
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as.as("alex", () -> {
      engine.getTaskService().complete(task.getId(), Map.of("supervisorId", "casey"));
      return null;
    })).isInstanceOf(RuntimeException.class);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(variable(task, "supervisorId")).isEqualTo("maria");
  }

  @Test
  void standaloneTasksCannotBeCreated() {
    refusedAtTheEdge(Http.as(port, "maria").post("/engine-rest/task/create", Map.of("name", "Anything")));
    refusedAtTheEdge(Http.tasklistSession(port, "maria")
        .post("/camunda/api/engine/engine/default/task/create", Map.of("name", "Anything")));
    assertThatThrownBy(() -> as.as("maria", () -> {
      Task task = engine.getTaskService().newTask();
      task.setName("Anything");
      engine.getTaskService().saveTask(task);
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThat(engine.getTaskService().createTaskQuery().taskName("Anything").count()).isZero();
  }

  // ---- 4. jobs ---------------------------------------------------------------------------------------

  @Test
  void jobsAreForAdministratorsAndARefusedCallChangesNoJob() {
    Http alex = Http.as(port, "alex");
    Map<String, Object> crisis = new HashMap<>();
    crisis.put("peerCode", "P-1042");
    crisis.put("requestCategory", "MEDICATION_QUESTION");
    crisis.put("needUnclear", false);
    crisis.put("riskIndicators", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"SUICIDAL_THOUGHTS\"]").create());
    crisis.put("scopeDescription", "Said they had thought of ending their life this week.");
    Http.Reply raised = alex.post("/engine-rest/process-definition/key/scope-check/submit-form", Http.variables(crisis));
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(raised.json().get("id").asText())
        .timers().singleResult();
    assertThat(timer).as("the crisis acknowledgment's escalation timer").isNotNull();

    for (String user : List.of("alex", "maria", "robin")) {
      Http http = Http.as(port, user);
      refusedAtTheEdge(http.get("/engine-rest/job"));
      for (int i = 0; i < 3; i++) {
        refusedAtTheEdge(http.post("/engine-rest/job/" + timer.getId() + "/execute", Map.of()));
      }
      refusedAtTheEdge(http.put("/engine-rest/job/" + timer.getId() + "/retries", Map.of("retries", 0)));
      refusedAtTheEdge(http.put("/engine-rest/job/" + timer.getId() + "/suspended", Map.of("suspended", true)));
      refusedAtTheEdge(http.put("/engine-rest/job/" + timer.getId() + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0000")));
      refusedAtTheEdge(http.delete("/engine-rest/job/" + timer.getId()));
    }
    Job after = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(Http.as(port, "admin").get("/engine-rest/job?jobId=" + timer.getId()).json()).hasSize(1);
  }

  // ---- 7 and 10. identity and lesser exposure ---------------------------------------------------------

  @Test
  void peopleCannotEditOrDeleteTheirOwnIdentityAtTheEdge() {
    Http jordan = Http.as(port, "jordan");
    refusedAtTheEdge(jordan.put("/engine-rest/user/jordan/profile",
        Map.of("id", "jordan", "firstName", "Maria", "lastName", "Alvarez")));
    refusedAtTheEdge(jordan.delete("/engine-rest/user/jordan"));
    assertThat(engine.getIdentityService().createUserQuery().userId("jordan").singleResult().getFirstName())
        .isNotEqualTo("Maria");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/process-definition/statistics", "/engine-rest/metrics/activity-instance/sum",
      "/engine-rest/history/job-log", "/engine-rest/job-definition", "/engine-rest/batch", "/engine-rest/incident",
      "/engine-rest/deployment", "/engine-rest/history/process-instance",
      "/engine-rest/history/variable-instance", "/engine-rest/variable-instance", "/engine-rest/execution",
      "/engine-rest/process-instance", "/engine-rest/tenant", "/engine-rest/external-task"})
  void administrativeAndHistoryReadsAreForAdministrators(String path) {
    for (String user : List.of("alex", "maria", "robin")) {
      refusedAtTheEdge(Http.as(port, user).get(path));
    }
    assertThat(Http.as(port, "admin").get(path).status()).isLessThan(400);
  }

  @Test
  void onlyAdministratorsVerifyPasswords() {
    refusedAtTheEdge(Http.as(port, "alex").post("/engine-rest/identity/verify",
        Map.of("username", "maria", "password", "maria")));
    JsonNode verified = Http.as(port, "admin").post("/engine-rest/identity/verify",
        Map.of("username", "maria", "password", "maria")).json();
    assertThat(verified.get("authenticated").asBoolean()).isTrue();
  }

  @Test
  void cockpitAndAdminPluginApisAreForAdministrators() {
    Http maria = Http.tasklistSession(port, "maria");
    refusedAtTheEdge(maria.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"));
    refusedAtTheEdge(maria.get("/camunda/api/admin/plugin/adminPlugins/default/users"));
  }

  @Test
  void tasklistStillWorksAsASupervisor() {
    Task task = alexsReflectionTask();
    Http maria = Http.tasklistSession(port, "maria");
    assertThat(maria.get("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true").status()).isEqualTo(200);
    assertThat(maria.get("/camunda/api/engine/engine/default/task/" + task.getId()).status()).isEqualTo(200);
    assertThat(maria.get("/camunda/api/engine/engine/").status()).isEqualTo(200);
    assertThat(Http.anonymous(port).get("/camunda/api/engine/engine/").status()).isEqualTo(200);
  }
}
