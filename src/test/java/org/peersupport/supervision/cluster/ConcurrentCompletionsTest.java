package org.peersupport.supervision.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fifty clients at once over HTTP, as Tasklist users and REST clients would: supervisors start cycles,
 * then claim and complete the cycles' first tasks (choosing reflection prompts), each task raced by
 * several clients at the same moment (the supervisor twice, an admin once, plus claims by both). Every
 * completion the server acknowledged must be there exactly once, each cycle must have moved on exactly
 * once, and every request that lost a race must have been told so clearly (409, or 404 once the task is
 * gone), never with a 500. Runs on the database of the suite (H2, and PostgreSQL in CI).
 */
@ProcessTest
class ConcurrentCompletionsTest {

  private static final org.slf4j.Logger REPORT = org.slf4j.LoggerFactory.getLogger("peer-supervision.report");

  static final int CLIENTS = 50;
  /** cycles per specialist; three specialists */
  static final int CYCLES_PER_SPECIALIST = Integer.getInteger("cluster.concurrency.cycles-per-specialist", 200);

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private final List<String> cycles = Collections.synchronizedList(new ArrayList<>());

  record Operation(String kind, String user, String target) {}

  record Outcome(Operation operation, int status) {}

  /** One answer per operation kind and status, to show what the clients were told. */
  private final Map<String, String> sampleAnswers = new ConcurrentHashMap<>();

  private int answered(String kind, Http.Reply reply) {
    if (reply.status() >= 300) {
      sampleAnswers.putIfAbsent(kind + " " + reply.status(), reply.body().length() > 300
          ? reply.body().substring(0, 300) : reply.body());
    }
    return reply.status();
  }

  @AfterEach
  void removeTheLoad() {
    // the suite shares one database: leave no open work behind for other tests
    runtimeService.deleteProcessInstancesIfExists(cycles, "concurrency test done", true, true, true);
  }

  @Test
  void fiftyClientsRacingForTheSameTasksLoseNoCompletionAndApplyNoneTwice() throws Exception {
    long began = System.nanoTime();
    Map<String, String> supervisorOf = Map.of("alex", "maria", "jordan", "maria", "casey", "david");

    // 1. fifty clients start the cycles (one operation each)
    List<Operation> starts = new ArrayList<>();
    for (int i = 0; i < CYCLES_PER_SPECIALIST; i++) {
      supervisorOf.forEach((specialist, supervisor) -> starts.add(new Operation("start", supervisor, specialist)));
    }
    long startsBegan = System.nanoTime();
    List<Outcome> startOutcomes = run(starts, (op, http) -> {
      Http.Reply reply = http.post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
          Map.of("variables", Map.of("specialistId", Map.of("value", op.target()))));
      if (reply.status() == 200) {
        cycles.add(reply.json().get("id").asText());
      }
      return reply.status();
    });
    assertThat(statuses(startOutcomes)).as("every start acknowledged").containsOnlyKeys(200);
    long startSeconds = Duration.ofNanos(System.nanoTime() - startsBegan).toSeconds();

    // 2. every cycle's first task raced by five requests sent at the same moment by five clients: two claims
    //    (the supervisor, the admin) and three completions (the supervisor twice, the admin once)
    Map<String, String> cycleOfTask = new ConcurrentHashMap<>();
    List<List<Operation>> perTask = new ArrayList<>();
    Random random = new Random(7);
    for (Task task : taskService.createTaskQuery().processInstanceIdIn(cycles.toArray(String[]::new))
        .taskDefinitionKey("Task_AssignPrompts").list()) {
      cycleOfTask.put(task.getId(), task.getProcessInstanceId());
      List<Operation> five = new ArrayList<>(List.of(
          new Operation("claim", task.getAssignee(), task.getId()),
          new Operation("claim", "admin", task.getId()),
          new Operation("complete", task.getAssignee(), task.getId()),
          new Operation("complete", task.getAssignee(), task.getId()),
          new Operation("complete", "admin", task.getId())));
      Collections.shuffle(five, random);
      perTask.add(five);
    }
    assertThat(cycleOfTask).hasSize(cycles.size());
    Collections.shuffle(perTask, random);
    List<Operation> race = perTask.stream().flatMap(List::stream).toList();
    Map<String, Object> assignPrompts = Map.of("variables", Map.of(
        "reflectionPrompts", Map.of("value", "[\"BOUNDARIES\",\"OWN_RECOVERY\"]", "type", "Json"),
        "reflectionDueDate", Map.of("value", LocalDate.now().plusDays(5).toString())));
    // a client told 409 does what the answer says: reloads and tries again
    AtomicInteger retriesAfterConflict = new AtomicInteger();
    List<Outcome> raceOutcomes = run(race, (op, http) -> {
      if (op.kind().equals("claim")) {
        return answered(op.kind(),
            http.post("/engine-rest/task/" + op.target() + "/claim", Map.of("userId", op.user())));
      }
      int status = answered(op.kind(), http.post("/engine-rest/task/" + op.target() + "/submit-form", assignPrompts));
      for (int retry = 0; status == 409 && retry < 10; retry++) {
        retriesAfterConflict.incrementAndGet();
        status = answered(op.kind(), http.post("/engine-rest/task/" + op.target() + "/submit-form", assignPrompts));
      }
      return status;
    });

    // 3. what the clients were told, and what the database holds
    Map<String, Integer> acknowledgedPerTask = new TreeMap<>();
    raceOutcomes.stream().filter(o -> o.operation().kind().equals("complete") && o.status() == 204)
        .forEach(o -> acknowledgedPerTask.merge(o.operation().target(), 1, Integer::sum));
    int acknowledged = acknowledgedPerTask.values().stream().mapToInt(Integer::intValue).sum();
    long duplicates = acknowledgedPerTask.values().stream().filter(n -> n > 1).count();

    Set<String> completedInHistory = ConcurrentHashMap.newKeySet();
    Set<String> ourCycles = Set.copyOf(cycles);
    for (HistoricTaskInstance done : historyService.createHistoricTaskInstanceQuery()
        .processDefinitionKey("supervision-cycle").taskDefinitionKey("Task_AssignPrompts").finished().list()) {
      if (ourCycles.contains(done.getProcessInstanceId()) && "completed".equals(done.getDeleteReason())) {
        completedInHistory.add(done.getId());
      }
    }
    int found = (int) acknowledgedPerTask.keySet().stream().filter(completedInHistory::contains).count();
    Map<String, Long> reflectionsPerCycle = new TreeMap<>();
    taskService.createTaskQuery().processInstanceIdIn(cycles.toArray(String[]::new))
        .taskDefinitionKey("Task_CompleteReflection").list()
        .forEach(t -> reflectionsPerCycle.merge(t.getProcessInstanceId(), 1L, Long::sum));
    long cyclesMovedOnTwice = reflectionsPerCycle.values().stream().filter(n -> n > 1).count();

    Map<Integer, Long> completeStatuses = statuses(raceOutcomes.stream()
        .filter(o -> o.operation().kind().equals("complete")).toList());
    Map<Integer, Long> claimStatuses = statuses(raceOutcomes.stream()
        .filter(o -> o.operation().kind().equals("claim")).toList());
    long operations = startOutcomes.size() + raceOutcomes.size() + retriesAfterConflict.get();
    REPORT.info(String.format("concurrency: %d clients, %d operations (%d starts, %d claims, %d completions and their "
            + "retries) in %d s; "
            + "(starts %d s); %d completions retried after a 409; final complete statuses %s, claim statuses %s%n",
        CLIENTS, operations, startOutcomes.size(), claimStatuses.values().stream().mapToLong(Long::longValue).sum(),
        completeStatuses.values().stream().mapToLong(Long::longValue).sum(),
        Duration.ofNanos(System.nanoTime() - began).toSeconds(), startSeconds, retriesAfterConflict.get(),
        completeStatuses, claimStatuses).strip());
    REPORT.info(String.format("concurrency: acknowledged %d, found %d, duplicates %d, completed without acknowledgement %d, "
            + "cycles moved on %d of %d, moved on twice %d%n",
        acknowledged, found, duplicates, completedInHistory.size() - found, reflectionsPerCycle.size(), cycles.size(),
        cyclesMovedOnTwice).strip());
    sampleAnswers.forEach((kindAndStatus, body) ->
        REPORT.info(String.format("concurrency: %s answered %s%n", kindAndStatus, body).strip()));

    assertThat(operations).isGreaterThanOrEqualTo(3000);
    assertThat(duplicates).as("completions applied twice").isZero();
    assertThat(found).as("acknowledged completions found").isEqualTo(acknowledged);
    assertThat(completedInHistory).as("no completion happened that no client was told about")
        .hasSize(acknowledged);
    assertThat(acknowledged).as("every raced task completed exactly once").isEqualTo(cycles.size());
    assertThat(reflectionsPerCycle).as("every cycle moved on to the reflection").hasSize(cycles.size());
    assertThat(cyclesMovedOnTwice).isZero();
    assertThat(completeStatuses.keySet()).as("a lost completion race is a 409 (retried), then 404 once the task is "
        + "gone, or 403 once the admin claimed it; never 500").isSubsetOf(204, 404, 403);
    assertThat(sampleAnswers.keySet()).as("no answer was a 500").noneMatch(k -> k.endsWith(" 500"));
    assertThat(claimStatuses.keySet()).as("a claim of a task someone holds is a 409, or 404 once it is gone, or 403 "
        + "once it is no longer the claimant's; never 500").isSubsetOf(204, 409, 404, 403);
    assertThat(completeStatuses.getOrDefault(404, 0L) + completeStatuses.getOrDefault(403, 0L))
        .as("every losing completion was told so in the end").isEqualTo(2L * cycles.size());
  }

  private List<Outcome> run(List<Operation> operations, OperationCall call) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      ThreadLocal<Map<String, Http>> connections = ThreadLocal.withInitial(ConcurrentHashMap::new);
      Function<String, Http> as = user -> connections.get().computeIfAbsent(user, u -> Http.as(port, u));
      AtomicInteger index = new AtomicInteger();
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        futures.add(clients.submit(() -> {
          List<Outcome> outcomes = new ArrayList<>();
          for (int i = index.getAndIncrement(); i < operations.size(); i = index.getAndIncrement()) {
            Operation op = operations.get(i);
            outcomes.add(new Outcome(op, call.send(op, as.apply(op.user()))));
          }
          return outcomes;
        }));
      }
      List<Outcome> all = new ArrayList<>();
      for (Future<List<Outcome>> future : futures) {
        all.addAll(future.get(10, TimeUnit.MINUTES));
      }
      return all;
    } finally {
      clients.shutdownNow();
    }
  }

  private static Map<Integer, Long> statuses(List<Outcome> outcomes) {
    Map<Integer, Long> statuses = new TreeMap<>();
    outcomes.forEach(o -> statuses.merge(o.status(), 1L, Long::sum));
    return statuses;
  }

  @FunctionalInterface
  interface OperationCall {
    int send(Operation operation, Http http);
  }
}
