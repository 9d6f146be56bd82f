package org.peersupport.supervision.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.cluster.AppNode;
import org.peersupport.supervision.cluster.ClusterDatabase;
import org.peersupport.supervision.security.ProgramRoles;

/**
 * Task-completion latency over HTTP: the packaged jar as its own process on PostgreSQL (profile
 * {@code postgres}, job executor on, {@code -Xmx512m}), a program of supervisors and specialists created
 * over its API, an open pre-supervision reflection per completion seeded by the supervisors (start the
 * cycle, choose the prompts), then 1, 10 and 50 concurrent specialists, each with their own credentials and
 * HTTP connection, submitting their reflection forms ({@code POST /engine-rest/task/{id}/submit-form}) one
 * after the other without pause. The load generator runs on the same machine. Resident memory of the app
 * is read from /proc after start and after the load.
 */
@Order(2)
class TaskCompletionHttpBenchmark {

  static final List<String> JVM = List.of("-Xmx512m");
  static final int WARM_UP = Integer.getInteger("bench.http.warm-up", 100);
  /** completions per level: 1 user, 10 users, 50 users */
  static final int[] USERS = {1, 10, 50};
  static final int[] COMPLETIONS = {Integer.getInteger("bench.http.completions-1", 200),
      Integer.getInteger("bench.http.completions-10", 400), Integer.getInteger("bench.http.completions-50", 500)};
  static final double P99_AT_1 = 100;
  static final double P99_AT_10 = 250;
  static final long RSS_LIMIT_MIB = 900;
  static final int SUPERVISORS = 10;
  static final int SPECIALISTS = 50;
  static final String PASSWORD = "bench-Secret-2026";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void reflectionsCompletedOverHttpAt1And10And50Users() throws Exception {
    Optional<ClusterDatabase> database = BenchDatabase.throwaway("http");
    if (database.isEmpty()) {
      for (int users : USERS) {
        BenchResults.skipped("http", "reflection submit-form at " + users + " user" + (users > 1 ? "s" : ""),
            "no PostgreSQL (give -Dbench.db.url, or run one on 127.0.0.1:5432)", "");
      }
      return;
    }
    try (AppNode node = AppNode.start("bench-http", database.get(), JVM)) {
      long rssStarted = BenchResults.residentMiB(node.pid());
      Http admin = Http.as(node.port(), AppNode.ADMIN, AppNode.ADMIN_PASSWORD);
      program(admin);
      int total = WARM_UP;
      for (int c : COMPLETIONS) {
        total += c;
      }
      Map<String, List<String>> tasks = seed(node, total);
      Map<String, Object> setup = BenchResults.setup("db", BenchDatabase.version(database.get()), "history", "full",
          "app", "packaged jar, profile postgres, job executor on, " + String.join(" ", JVM), "open reflections seeded",
          total, "client", "java.net.http, HTTP/1.1, one connection per user, same machine");

      run(node, tasks, 1, WARM_UP);
      for (int level = 0; level < USERS.length; level++) {
        Load load = run(node, tasks, USERS[level], COMPLETIONS[level]);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("p50Ms", load.p(0.50));
        values.put("p95Ms", load.p(0.95));
        values.put("p99Ms", load.p(0.99));
        values.put("maxMs", load.p(1.0));
        values.put("completions", load.latencies.size());
        values.put("errors", load.errors);
        values.put("perSecond", load.perSecond());
        Map<String, Object> levelSetup = new LinkedHashMap<>(setup);
        levelSetup.put("users", USERS[level]);
        levelSetup.put("completions", COMPLETIONS[level]);
        levelSetup.put("loadAverage", BenchResults.loadAverage());
        String measured = String.format("p50 %s, p95 %s, p99 %s; %d errors; %.0f/s", BenchResults.ms(load.p(0.50)),
            BenchResults.ms(load.p(0.95)), BenchResults.ms(load.p(0.99)), load.errors, load.perSecond());
        String figure = "reflection submit-form at " + USERS[level] + " user" + (USERS[level] > 1 ? "s" : "");
        if (USERS[level] == 1) {
          BenchResults.target("http", figure, measured, values, "p99 < 100 ms",
              load.p(0.99) < P99_AT_1 && load.errors == 0, levelSetup);
        } else if (USERS[level] == 10) {
          BenchResults.target("http", figure, measured, values, "p99 < 250 ms",
              load.p(0.99) < P99_AT_10 && load.errors == 0, levelSetup);
        } else {
          BenchResults.target("http", figure, measured, values, "0 errors", load.errors == 0, levelSetup);
        }
      }
      long rssAfter = BenchResults.residentMiB(node.pid());
      BenchResults.target("http", "app resident memory after start / after load",
          rssStarted + " MiB / " + rssAfter + " MiB", Map.of("afterStartMiB", rssStarted, "afterLoadMiB", rssAfter),
          "< 900 MB", rssAfter < RSS_LIMIT_MIB && rssStarted < RSS_LIMIT_MIB, setup);
    }
  }

  @AfterAll
  static void written() {
    BenchResults.write();
  }

  static String supervisor(int i) {
    return "bench-sup-%02d".formatted(i);
  }

  static String specialist(int i) {
    return "bench-spec-%02d".formatted(i);
  }

  /** Users and supervision relationships, created by the first administrator as docs/operations.md says. */
  private static void program(Http admin) {
    for (int s = 0; s < SUPERVISORS; s++) {
      user(admin, supervisor(s), ProgramRoles.SUPERVISORS);
    }
    for (int p = 0; p < SPECIALISTS; p++) {
      user(admin, specialist(p), ProgramRoles.SPECIALISTS);
      expect(admin.post("/api/relationships", Map.of("supervisorId", supervisor(p % SUPERVISORS),
          "specialistId", specialist(p))), 201);
    }
  }

  private static void user(Http admin, String id, String group) {
    expect(admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", id, "lastName", "Bench", "email", id + "@peer-program.example"),
        "credentials", Map.of("password", PASSWORD))), 204);
    expect(admin.put("/engine-rest/group/" + group + "/members/" + id, Map.of()), 204);
  }

  /**
   * Open reflections: the first specialist gets the warm-up and the 1-user run, the first ten the 10-user run,
   * all fifty the 50-user run. Supervisors start the cycles and choose the prompts, several at a time.
   */
  private static Map<String, List<String>> seed(AppNode node, int total) throws Exception {
    Map<Integer, Integer> perSpecialist = new LinkedHashMap<>();
    perSpecialist.merge(0, WARM_UP, Integer::sum);
    for (int level = 0; level < USERS.length; level++) {
      for (int u = 0; u < USERS[level]; u++) {
        perSpecialist.merge(u, (COMPLETIONS[level] + USERS[level] - 1) / USERS[level], Integer::sum);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      perSpecialist.forEach((p, count) -> work.add(pool.submit(() -> {
        Http sup = Http.as(node.port(), supervisor(p % SUPERVISORS), PASSWORD);
        for (int i = 0; i < count; i++) {
          String cycle = expect(sup.post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
              Map.of("variables", Map.of("specialistId", Map.of("value", specialist(p))))), 200).json().get("id").asText();
          String task = sup.get("/engine-rest/task?processInstanceId=" + cycle).json().get(0).get("id").asText();
          expect(sup.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(
              "reflectionPrompts", Map.of("value", "[\"BOUNDARIES\",\"OWN_RECOVERY\"]", "type", "Json"),
              "reflectionDueDate", Map.of("value", LocalDate.now().plusDays(7).toString())))), 204);
        }
        return null;
      })));
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    Map<String, List<String>> tasks = new LinkedHashMap<>();
    for (int p : perSpecialist.keySet()) {
      Http spec = Http.as(node.port(), specialist(p), PASSWORD);
      List<String> ids = Collections.synchronizedList(new ArrayList<>());
      spec.get("/engine-rest/task?taskDefinitionKey=Task_CompleteReflection&assignee=" + specialist(p)
          + "&maxResults=10000").json().forEach(t -> ids.add(t.get("id").asText()));
      tasks.put(specialist(p), ids);
    }
    return tasks;
  }

  record Load(List<Double> latencies, int errors, double seconds) {
    double p(double q) {
      return BenchResults.quantile(latencies, q);
    }

    double perSecond() {
      return latencies.size() / seconds;
    }
  }

  /** {@code users} specialists at once, each submitting its next reflection as soon as the last one answered. */
  private static Load run(AppNode node, Map<String, List<String>> tasks, int users, int completions) throws Exception {
    int each = (completions + users - 1) / users;
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    String body = reflectionBody();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long began = System.nanoTime();
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        String user = specialist(u);
        List<String> open = tasks.get(user);
        work.add(pool.submit(() -> {
          HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10)).build();
          String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
              .getBytes(StandardCharsets.UTF_8));
          for (int i = 0; i < each; i++) {
            String task = open.remove(0);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port()
                    + "/engine-rest/task/" + task + "/submit-form")).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            try {
              HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
              latencies.add((System.nanoTime() - start) / 1e6);
              if (response.statusCode() != 204) {
                errors.incrementAndGet();
              }
            } catch (java.io.IOException e) {
              latencies.add((System.nanoTime() - start) / 1e6);
              errors.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    List<Double> sorted = new ArrayList<>(latencies);
    sorted.sort(Double::compare);
    return new Load(sorted, errors.get(), seconds);
  }

  /** The reflection form the specialist submits, as Tasklist sends it (the overhead benchmark's answers). */
  private static String reflectionBody() throws Exception {
    Map<String, Object> form = CycleSubmissions.reflection();
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return JSON.writeValueAsString(Map.of("variables", variables));
  }

  private static Http.Reply expect(Http.Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + " but got " + reply.status());
    }
    return reply;
  }
}
