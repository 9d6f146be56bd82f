package org.peersupport.supervision.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervision cycle over HTTP, through the real security setup, as the demo users: a supervisor
 * and a specialist complete a cycle through /engine-rest; strangers and other specialists are refused;
 * bad input is a 400 naming the field and changes nothing, on every path that submits a form.
 */
@ProcessTest
class SupervisionCycleHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired SupervisionSessions sessions;

  static Map<String, Object> variables(Map<String, Object> values) {
    return Http.variables(values);
  }

  private String startCycleForAlex() {
    Http.Reply started = Http.as(port, "maria").post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        variables(CycleForms.start("alex")));
    assertThat(started.status()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String openTask(String user, String processInstanceId) {
    JsonNode tasks = Http.as(port, user).get("/engine-rest/task?processInstanceId=" + processInstanceId).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private String reflectionTaskForAlex() {
    String cycle = startCycleForAlex();
    String assign = openTask("maria", cycle);
    assertThat(Http.as(port, "maria").post("/engine-rest/task/" + assign + "/submit-form",
        variables(CycleForms.assignPrompts(LocalDate.now().plusDays(5)))).status()).isEqualTo(204);
    return openTask("alex", cycle);
  }

  @Test
  void withoutCredentialsTheApisAnswer401AndHealthStaysOpen() {
    Http anonymous = Http.anonymous(port);
    assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/me/work").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/relationships").status()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
  }

  @Test
  void apiResponsesAreNeverCached() {
    var response = Http.as(port, "alex").raw("/api/me/work");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(Http.as(port, "alex").raw("/engine-rest/task").headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void wrongPasswordIsRefused() {
    engine.getIdentityService().saveUser(newUser("http-wrong-password"));
    assertThat(Http.as(port, "http-wrong-password", "not-it").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void mariaAndAlexCompleteACycleThroughEngineRest() {
    String cycle = startCycleForAlex();
    Http maria = Http.as(port, "maria");
    Http alex = Http.as(port, "alex");

    assertThat(maria.post("/engine-rest/task/" + openTask("maria", cycle) + "/submit-form",
        variables(CycleForms.assignPrompts(LocalDate.now().plusDays(5)))).status()).isEqualTo(204);
    String reflection = openTask("alex", cycle);
    assertThat(maria.get("/engine-rest/task/" + reflection).status()).as("the supervisor sees the supervisee's task")
        .isEqualTo(200);
    assertThat(alex.post("/engine-rest/task/" + reflection + "/complete", variables(CycleForms.reflection())).status())
        .isEqualTo(204);
    assertThat(maria.post("/engine-rest/task/" + openTask("maria", cycle) + "/submit-form",
        variables(CycleForms.sessionRecord(false))).status()).isEqualTo(204);
    assertThat(alex.post("/engine-rest/task/" + openTask("alex", cycle) + "/submit-form",
        variables(CycleForms.acknowledge())).status()).isEqualTo(204);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle).count()).isZero();
    assertThat(sessions.findByProcessInstanceId(cycle).orElseThrow().isAttested()).isTrue();
  }

  @Test
  void caseyCannotSeeOrCompleteAlexsTasks() {
    String reflection = reflectionTaskForAlex();
    Http casey = Http.as(port, "casey");

    assertThat(casey.get("/engine-rest/task").json().findValuesAsText("id")).doesNotContain(reflection);
    assertThat(casey.get("/engine-rest/task/" + reflection).status()).isEqualTo(404);
    assertThat(casey.get("/engine-rest/task/" + reflection + "/variables").status()).isIn(403, 404);
    assertThat(casey.get("/engine-rest/task/" + reflection + "/form-variables").status()).isIn(403, 404);
    assertThat(casey.post("/engine-rest/task/" + reflection + "/complete", variables(CycleForms.reflection())).status())
        .isIn(403, 404);
    assertThat(Http.as(port, "david").get("/engine-rest/task/" + reflection).status())
        .as("another supervisor").isEqualTo(404);
    assertThat(Http.as(port, "robin").get("/engine-rest/task/" + reflection).status())
        .as("a program lead").isEqualTo(404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(reflection).count()).as("still open").isOne();
  }

  @Test
  void invalidReflectionIsA400NamingEachFieldAndNothingIsWritten() {
    String reflection = reflectionTaskForAlex();
    Http alex = Http.as(port, "alex");
    String processInstance = engine.getTaskService().createTaskQuery().taskId(reflection).singleResult().getProcessInstanceId();
    String before = engine.getRuntimeService().getVariables(processInstance).toString();

    Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
    bad.put("wellnessSelfRating", Map.of("wellnessSelfRating", "nine"));        // wrong type
    bad.put("wellnessSelfRating ", Map.of("wellnessSelfRating", 9));             // out of range
    bad.put("disclosureSummary", Map.of("disclosureSummary", "x".repeat(4001))); // oversized text
    bad.put("competencyGrowth", Map.of("competencyGrowth", true));              // wrong type
    for (Map.Entry<String, Map<String, Object>> change : bad.entrySet()) {
      Map<String, Object> form = CycleForms.reflection();
      form.putAll(change.getValue());
      for (String endpoint : List.of("/complete", "/submit-form")) {
        Http.Reply reply = alex.post("/engine-rest/task/" + reflection + endpoint, variables(form));
        assertThat(reply.status()).as(change.getKey() + endpoint).isEqualTo(400);
        assertThat(reply.body()).contains(change.getKey().strip());
      }
    }
    Map<String, Object> missing = CycleForms.reflection();
    missing.remove("disclosureSummary");
    assertThat(alex.post("/engine-rest/task/" + reflection + "/complete", variables(missing)).body())
        .contains("Disclosures and boundary situations since your last session: is required");
    Map<String, Object> extra = CycleForms.reflection();
    extra.put("supervisorId", "alex");
    Http.Reply refusedExtra = alex.post("/engine-rest/task/" + reflection + "/complete", variables(extra));
    assertThat(refusedExtra.status()).isEqualTo(400);
    assertThat(refusedExtra.body()).contains("supervisorId: is not a field of this form");

    assertThat(engine.getTaskService().createTaskQuery().taskId(reflection).count()).isOne();
    assertThat(engine.getRuntimeService().getVariables(processInstance).toString()).isEqualTo(before);
  }

  @Test
  void unknownEnumValueIsA400() {
    String cycle = startCycleForAlex();
    Map<String, Object> form = CycleForms.assignPrompts(LocalDate.now().plusDays(5));
    form.put("reflectionPrompts", CycleForms.json("[\"HOROSCOPE\"]"));
    Http.Reply reply = Http.as(port, "maria").post("/engine-rest/task/" + openTask("maria", cycle) + "/complete",
        variables(form));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("Prompts: must be one of SELF_DISCLOSURE");
  }

  @Test
  void javaSerializedAndXmlValuesAreRefused() {
    String reflection = reflectionTaskForAlex();
    Map<String, Object> body = variables(CycleForms.reflection());
    @SuppressWarnings("unchecked")
    Map<String, Object> vars = new LinkedHashMap<>((Map<String, Object>) body.get("variables"));
    vars.put("wellnessNote", Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
    Http.Reply serialized = Http.as(port, "alex").post("/engine-rest/task/" + reflection + "/complete", Map.of("variables", vars));
    assertThat(serialized.status()).isEqualTo(400);
    vars.put("wellnessNote", Map.of("value", "<note/>", "type", "Xml"));
    assertThat(Http.as(port, "alex").post("/engine-rest/task/" + reflection + "/complete", Map.of("variables", vars))
        .status()).isEqualTo(400);
    assertThat(engine.getTaskService().createTaskQuery().taskId(reflection).count()).isOne();
  }

  @Test
  void hugeBodiesAndNestingBombsAreRefusedAndNothingIsWritten() {
    String reflection = reflectionTaskForAlex();
    Http alex = Http.as(port, "alex");
    String huge = "{\"variables\":{\"wellnessNote\":{\"value\":\"" + "x".repeat(300 * 1024) + "\"}}}";
    assertThat(alex.post("/engine-rest/task/" + reflection + "/complete", huge).status()).isEqualTo(413);
    String bomb = "{\"variables\":{\"wellnessNote\":{\"value\":" + "[".repeat(5000) + "]".repeat(5000) + "}}}";
    Http.Reply nested = alex.post("/engine-rest/task/" + reflection + "/complete", bomb);
    assertThat(nested.status()).isEqualTo(400);
    assertThat(alex.post("/engine-rest/task/" + reflection + "/complete", "{\"variables\": [1,2]").status())
        .isEqualTo(400);
    assertThat(alex.post("/api/relationships", "{\"supervisorId\":" + "[".repeat(5000) + "]".repeat(5000) + "}").status())
        .isIn(400, 403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(reflection).count()).isOne();
  }

  @Test
  void variablesCannotBeRewrittenAroundTheForm() {
    String reflection = reflectionTaskForAlex();
    String processInstance = engine.getTaskService().createTaskQuery().taskId(reflection).singleResult().getProcessInstanceId();
    Http alex = Http.as(port, "alex");

    assertThat(alex.put("/engine-rest/task/" + reflection + "/variables/supervisorId",
        Map.of("value", "alex", "type", "String")).status()).isEqualTo(403);
    assertThat(alex.post("/engine-rest/task/" + reflection + "/variables",
        Map.of("modifications", Map.of("supervisorId", Map.of("value", "alex")))).status()).isEqualTo(403);
    assertThat(alex.post("/engine-rest/process-instance/" + processInstance + "/variables",
        Map.of("modifications", Map.of("supervisorId", Map.of("value", "alex")))).status()).isIn(403, 404);
    assertThat(Http.as(port, "maria").put("/engine-rest/task/" + reflection + "/variables/specialistId",
        Map.of("value", "casey", "type", "String")).status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariable(processInstance, "supervisorId")).isEqualTo("maria");
  }

  @Test
  void aCycleForSomeoneElsesSuperviseeIsA400OnEveryStartEndpoint() {
    Http maria = Http.as(port, "maria");
    for (String endpoint : List.of("submit-form", "start")) {
      Http.Reply reply = maria.post("/engine-rest/process-definition/key/supervision-cycle/" + endpoint,
          variables(CycleForms.start("casey")));
      assertThat(reply.status()).as(endpoint).isEqualTo(400);
      assertThat(reply.body()).contains("Specialist: is not one of your supervisees");
    }
    assertThat(Http.as(port, "alex").post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        variables(CycleForms.start("alex"))).status()).as("specialists do not start cycles").isEqualTo(403);
  }

  @Test
  void tasklistSubmissionsAreValidatedToo() {
    String reflection = reflectionTaskForAlex();
    Http tasklist = Http.tasklistSession(port, "alex");
    Map<String, Object> form = CycleForms.reflection();
    form.put("wellnessSelfRating", 0);

    Http.Reply refused = tasklist.post("/camunda/api/engine/engine/default/task/" + reflection + "/submit-form",
        variables(form));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("How are you doing right now?: must be at least 1");
    assertThat(engine.getTaskService().createTaskQuery().taskId(reflection).count()).isOne();

    Http.Reply accepted = tasklist.post("/camunda/api/engine/engine/default/task/" + reflection + "/submit-form",
        variables(CycleForms.reflection()));
    assertThat(accepted.status()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(reflection).count()).isZero();

    // a second submission (another tab, a double click) is told the task is gone, as /engine-rest says it
    Http.Reply again = tasklist.post("/camunda/api/engine/engine/default/task/" + reflection + "/submit-form",
        variables(CycleForms.reflection()));
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.body()).contains("no longer open");
  }

  private org.camunda.bpm.engine.identity.User newUser(String id) {
    var user = engine.getIdentityService().newUser(id);
    user.setPassword("right-" + id);
    return user;
  }
}
