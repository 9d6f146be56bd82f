package org.peersupport.supervision.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.LogRecorder;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Four completions of one reflection task sent at the same moment, two through {@code /engine-rest} and two
 * through Tasklist's mount, as the specialist would by clicking twice in two tabs: the completion saves
 * domain rows with a unique key (the cycle's wellness check-in), so a loser may fail in the database
 * rather than in the engine. Exactly one wins; every other is told 409 (or 404 once the task is gone) with
 * the product's message, no body names SQL, tables or columns, and the log never quotes the reflection.
 */
@ProcessTest
class LostRaceHttpTest {

  private static final String TASKLIST = "/camunda/api/engine/engine/default";
  private static final Pattern INTERNALS = Pattern.compile(
      "(?i)\\bSQL|\\binsert\\b|\\bupdate\\b|constraint|\\bcolumn\\b|PUBLIC\\.|wellness_check_in|process_instance_id|Exception:");
  private static final int ROUNDS = 12;
  /** Marks the reflection's text, which the log must never show (the database's error may quote a key). */
  private static final String PRIVATE = "RACE-PRIVATE-TEXT";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private String reflectionTask() {
    Http maria = Http.as(port, "maria");
    Http.Reply started = maria.post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Map.of("variables", Map.of("specialistId", Map.of("value", "alex"))));
    String cycle = started.json().get("id").asText();
    String assign = engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult().getId();
    Map<String, Object> prompts = new HashMap<>();
    prompts.put("reflectionPrompts", SpinValues.jsonValue("[\"BOUNDARIES\"]").create());
    prompts.put("reflectionDueDate", LocalDate.now().plusDays(5).toString());
    assertThat(maria.post("/engine-rest/task/" + assign + "/submit-form", Http.variables(prompts)).status()).isEqualTo(204);
    return engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult().getId();
  }

  private static Map<String, Object> reflection() {
    Map<String, Object> form = new HashMap<>();
    form.put("boundariesAnswer", PRIVATE + " the boundary I kept.");
    form.put("disclosureSummary", PRIVATE + " what I shared.");
    form.put("wellnessNote", PRIVATE + " how I am.");
    form.put("wellnessSelfRating", 4);
    for (var domain : org.peersupport.supervision.cycle.CompetencyDomain.values()) {
      form.put(domain.ratingField(), 3);
    }
    return Http.variables(form);
  }

  @Test
  void parallelCompletionsOfOneTaskAnswerOne204AndOtherwise409Or404OnBothMountsWithoutSql() throws Exception {
    int logBefore = LogRecorder.lines().size();
    Http basic = Http.as(port, "alex");
    Http tabOne = Http.tasklistSession(port, "alex");
    Http tabTwo = Http.tasklistSession(port, "alex");
    List<String> wrong = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String task = reflectionTask();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
          Http http = switch (client) {
            case 0, 1 -> basic;
            case 2 -> tabOne;
            default -> tabTwo;
          };
          String path = (client < 2 ? "/engine-rest" : TASKLIST) + "/task/" + task
              + (client % 2 == 0 ? "/submit-form" : "/complete");
          answers.add(clients.submit(() -> {
            go.await();
            Http.Reply reply = http.post(path, reflection());
            return reply.status() + " " + path.replace(task, "ID") + " " + reply.body();
          }));
        }
        go.countDown();
        int won = 0;
        for (Future<String> answer : answers) {
          String reply = answer.get();
          int status = Integer.parseInt(reply.substring(0, 3));
          if (status == 204) {
            won++;
          } else if (status != 409 && status != 404 || INTERNALS.matcher(reply).find()) {
            wrong.add(reply);
          }
        }
        assertThat(won).as("exactly one completion wins (round " + round + ")").isEqualTo(1);
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(wrong).as("answers of the losers that are not a plain 409 or 404").isEmpty();
    List<String> logged = LogRecorder.lines();
    assertThat(logged.subList(logBefore, logged.size())).as("log lines quoting the reflection's text")
        .noneMatch(line -> line.contains(PRIVATE));
  }
}
