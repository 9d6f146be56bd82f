package org.peersupport.supervision.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One error shape on every mount: a form refusal, a permission refusal, a record that is not there, a bad
 * request and a conflict answer the same problem details on {@code /api}, on {@code /engine-rest} and on
 * Tasklist's {@code /camunda/api/engine} (a signed-in Tasklist session), whether a filter refused before the
 * engine, the engine refused, or Camunda's REST resources did.
 */
@ProcessTest
class OneErrorShapeTest {

  private static final String TASKLIST = "/camunda/api/engine/engine/default";
  /** The members of every error answer, in the order they are written. */
  private static final List<String> SHAPE = List.of("type", "title", "status", "detail", "message", "errors");
  /** Camunda's name of the failure, beside the shape on the engine's mounts when the engine named one. */
  private static final String EXCEPTION_TYPE = "exceptionType";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  /** What was asked, where, and what came back. */
  private record Answer(String what, int expectedStatus, Http.Reply reply) {}

  /** A supervision cycle for alex, as maria starts it: its open task (assign prompts) is maria's. */
  private String mariasTask() {
    Http.Reply started = Http.as(port, "maria").post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Map.of("variables", Map.of("specialistId", Map.of("value", "alex"))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return engine.getTaskService().createTaskQuery().processInstanceId(started.json().get("id").asText())
        .singleResult().getId();
  }

  private List<Answer> onTheApi() {
    Http alex = Http.as(port, "alex");
    List<Answer> answers = new ArrayList<>();
    answers.add(new Answer("/api form refusal", 400, alex.post("/api/specialists/alex/objectives", Map.of())));
    answers.add(new Answer("/api permission refusal", 403, alex.get("/api/audit-trail")));
    answers.add(new Answer("/api not found", 404, alex.post("/api/objectives/987654321/reviews",
        Map.of("progress", "More.", "status", "ON_TRACK"))));
    answers.add(new Answer("/api bad request", 400, Http.as(port, "robin").post("/api/relationships",
        "application/json", "{\"supervisorId\": [1], \"specialistId\": \"sam\"}".getBytes(StandardCharsets.UTF_8),
        Map.of())));
    answers.add(new Answer("/api no such address", 404, alex.get("/api/no-such-address")));
    answers.add(new Answer("/api method the address does not take", 405, alex.delete("/api/me/work")));
    answers.add(new Answer("/api /error asked for itself", 404, alex.get("/error")));
    return answers;
  }

  private List<Answer> onTheEngine(String mount, Http maria, Http alex, Http admin) {
    String task = mariasTask();
    List<Answer> answers = new ArrayList<>();
    answers.add(new Answer(mount + " form refusal (before the engine)", 400,
        maria.post(mount + "/process-definition/key/supervision-cycle/submit-form", Map.of("variables", Map.of()))));
    answers.add(new Answer(mount + " permission refusal at the edge", 403, alex.get(mount + "/deployment")));
    answers.add(new Answer(mount + " permission refusal by the engine", 403,
        alex.get(mount + "/task/" + task + "/form-variables")));
    answers.add(new Answer(mount + " not found", 404, maria.get(mount + "/task/no-such-task")));
    answers.add(new Answer(mount + " bad request (Camunda's resource)", 400, maria.get(mount + "/task?maxPriority=high")));
    answers.add(new Answer(mount + " bad request (not JSON)", 400, maria.post(mount + "/task/count", "application/json",
        "{".getBytes(StandardCharsets.UTF_8), Map.of())));
    answers.add(new Answer(mount + " conflict (a task someone holds)", 409,
        admin.post(mount + "/task/" + task + "/claim", Map.of("userId", "admin"))));
    return answers;
  }

  @Test
  void everyRefusalOnEveryMountIsTheSameProblemDetails() {
    List<Answer> answers = new ArrayList<>(onTheApi());
    answers.addAll(onTheEngine("/engine-rest", Http.as(port, "maria"), Http.as(port, "alex"), Http.as(port, "admin")));
    answers.addAll(onTheEngine(TASKLIST, Http.tasklistSession(port, "maria"), Http.tasklistSession(port, "alex"),
        Http.tasklistSession(port, "admin")));

    List<String> wrong = new ArrayList<>();
    for (Answer answer : answers) {
      Http.Reply reply = answer.reply();
      String what = answer.what() + " -> " + reply.status() + " " + reply.contentType() + " " + reply.body();
      if (reply.status() != answer.expectedStatus() || reply.contentType() == null
          || !reply.contentType().startsWith("application/problem+json")) {
        wrong.add(what);
        continue;
      }
      JsonNode body = reply.json();
      Set<String> names = new TreeSet<>();
      body.fieldNames().forEachRemaining(names::add);
      boolean engineNamed = names.remove(EXCEPTION_TYPE);
      if (!names.equals(new TreeSet<>(SHAPE))
          || engineNamed && (answer.what().startsWith("/api") || !body.get(EXCEPTION_TYPE).isTextual())
          || !"about:blank".equals(body.path("type").asText())
          || body.path("status").asInt() != reply.status()
          || !body.path("title").isTextual() || body.path("title").asText().isBlank()
          || !body.path("detail").isTextual() || body.path("detail").asText().isBlank()
          || !body.path("message").equals(body.path("detail"))
          || !body.path("errors").isArray()) {
        wrong.add(what);
        continue;
      }
      for (JsonNode problem : body.get("errors")) {
        Set<String> fields = new TreeSet<>();
        problem.fieldNames().forEachRemaining(fields::add);
        fields.remove("label");
        if (!fields.equals(Set.of("field", "message")) || !problem.get("field").isTextual()
            || !problem.get("message").isTextual()) {
          wrong.add(what + " (field problem " + problem + ")");
        }
      }
    }
    assertThat(wrong).as("answers that are not the one error shape").isEmpty();
    assertThat(answers).as("a form refusal names its fields on every mount").filteredOn(a -> a.what().contains("form"))
        .hasSize(3).allSatisfy(a -> assertThat(a.reply().json().get("errors").findValuesAsText("field")).isNotEmpty());
    assertThat(answers).as("the engine's form refusal carries the labels people see")
        .filteredOn(a -> a.what().contains("form refusal (before"))
        .allSatisfy(a -> assertThat(a.reply().json().get("errors").findValuesAsText("label")).isNotEmpty());
  }
}
