package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.security.EdgeAllowList.Caller;
import org.peersupport.supervision.security.EdgeAllowList.Rule;
import org.peersupport.supervision.security.EdgeAllowList.Surface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * Every operation of Camunda's own description of its REST API (camunda-engine-rest-openapi, the
 * version the product runs) called by every kind of caller, on both mounts of the engine API:
 * {@code /engine-rest} with HTTP Basic and Tasklist's {@code /camunda/api/engine/engine/default} with a
 * signed-in webapp session and its CSRF token. What each caller must get comes from the edge allow-list
 * itself: refused at the edge (403 with the edge's refusal, 401 when not signed in) where the list does
 * not name them, never the edge's refusal where it does, and no 5xx for anyone but administrators (whose
 * 5xx answers to the placeholder input are written to {@code target/edge-matrix/admin-5xx.txt}).
 *
 * <p>The list must classify every operation, and name none that the description does not have, so an
 * engine upgrade that adds an operation fails this test instead of opening a door. That includes the 13
 * OPTIONS operations (Camunda's "which actions may I take here" answers): Tasklist calls OPTIONS
 * /filter and /filter/{id} to decide what it offers, so they are operations like any other.
 *
 * <p>The administrator's calls change things (with placeholder input, little), so the matrix runs in its
 * own application context on its own in-memory database, after the other test classes; the context is
 * closed afterwards and the engine registration of the shared context restored (Camunda's REST API looks
 * engines up by name in a static registry, and both contexts' engines are called "default").
 */
@ProcessTest
@TestExecutionListeners(listeners = {EngineEdgeMatrixTest.RestoreEngineRegistry.class,
    ProcessEngineCoverageTestExecutionListener.class}, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:edge-matrix;DB_CLOSE_DELAY=-1")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(Integer.MAX_VALUE - 1)
class EngineEdgeMatrixTest {

  private static final Logger LOG = LoggerFactory.getLogger(EngineEdgeMatrixTest.class);
  private static final String PLACEHOLDER = "matrix-unknown";
  private static final String NOBODY = "matrix-nobody";
  private static final String BOUNDARY = "edge-matrix-boundary";
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  /** One operation of Camunda's REST description. */
  record Operation(String method, String template, boolean multipart) {
    String name() {
      return method + " " + template;
    }

    String concretePath() {
      return template.replaceAll("\\{[^}/]+}", PLACEHOLDER);
    }
  }

  /** How a request reaches the engine API. */
  enum Mount { ENGINE_REST, TASKLIST }

  /** Someone calling: who the list sees on each mount, and how they authenticate there. */
  record Person(String name, Set<Caller> viaBasic, Set<Caller> viaTasklist, String authorization,
      HttpClient tasklistClient, CookieManager tasklistCookies, int tasklistSignIn) {
    boolean admin() {
      return viaBasic.contains(Caller.ADMIN);
    }
  }

  record Reply(int status, String body) {
    boolean refusedAtTheEdge() {
      return status == 403 && body.contains(EdgeAllowListFilter.REFUSAL_DETAIL);
    }

    String shortBody() {
      String flat = body.replaceAll("\\s+", " ");
      return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private final HttpClient basicClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Operation> operations = readOperations();
  private final List<Person> people = new ArrayList<>();
  private final Map<String, Integer> tasklistSignIn = new TreeMap<>();
  private final List<String> adminServerErrors = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> statuses = new TreeMap<>();
  /** Calls of one operation by different people run side by side: 4,800 requests one by one take a minute. */
  private final ExecutorService callers = Executors.newFixedThreadPool(4);
  private final AtomicInteger requests = new AtomicInteger();
  private long startedAt;

  // ---- Camunda's REST description ---------------------------------------------------------------

  private static List<Operation> readOperations() {
    JsonNode description;
    try (InputStream in = EngineEdgeMatrixTest.class.getClassLoader().getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json (camunda-engine-rest-openapi) is not on the test classpath");
      }
      description = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!description.path("info").path("title").asText().contains("Camunda")) {
      throw new IllegalStateException("openapi.json on the classpath is not Camunda's REST description");
    }
    List<Operation> found = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = description.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        String verb = method.getKey().toUpperCase(Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD").contains(verb)) {
          continue;
        }
        boolean multipart = method.getValue().path("requestBody").path("content").has("multipart/form-data");
        found.add(new Operation(verb, path.getKey(), multipart));
      }
    }
    return found;
  }

  // ---- the callers ------------------------------------------------------------------------------

  @BeforeAll
  void signInEveryone() {
    if (engine.getIdentityService().createUserQuery().userId(NOBODY).count() == 0) {
      User nobody = engine.getIdentityService().newUser(NOBODY);
      nobody.setFirstName("Matrix");
      nobody.setLastName("Nobody");
      nobody.setEmail(NOBODY + "@peer-program.example");
      // like the demo users, the password is the user name, so the tests' Http helpers sign them in too
      nobody.setPassword(NOBODY);
      engine.getIdentityService().saveUser(nobody);
    }
    assertThat(engine.getIdentityService().createGroupQuery().groupMember(NOBODY).count()).as("groups of " + NOBODY)
        .isZero();
    for (String user : List.of("alex", "maria", "robin", NOBODY, "admin")) {
      people.add(person(user));
    }
    people.forEach(person -> tasklistSignIn.put(person.name(), person.tasklistSignIn()));
    people.add(new Person("anonymous", EnumSet.of(Caller.ANONYMOUS), EnumSet.of(Caller.ANONYMOUS), null,
        basicClient, null, 0));
    startedAt = System.nanoTime();
  }

  private Person person(String user) {
    String password = user;
    Set<Caller> callers = EdgeAllowListFilter.callersOf(engine.getIdentityService().createGroupQuery()
        .groupMember(user).list().stream().map(Group::getId).toList());
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(10)).build();
    // as the browser (and Http.tasklistSession) does: open Tasklist, sign in, then a GET for the new CSRF token
    send(client, cookies, null, request("/camunda/app/tasklist/default/").GET());
    Reply login = send(client, cookies, null, request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
    send(client, cookies, null, request("/camunda/api/engine/engine/default/task/count").GET());
    Set<Caller> viaTasklist = login.status() == 200 ? callers : EnumSet.of(Caller.ANONYMOUS);
    String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    return new Person(user, callers, viaTasklist, basic, client, cookies, login.status());
  }

  @Test
  void theDemoRolesAndTheAdministratorSignInToTasklistAndSomeoneInNoGroupDoesNot() {
    for (String user : List.of("alex", "maria", "robin", "admin")) {
      assertThat(tasklistSignIn.get(user)).as("Tasklist sign-in of " + user).isEqualTo(200);
      Http session = Http.tasklistSession(port, user);
      assertThat(session.get("/camunda/api/engine/engine/default/engine").status()).as(user).isLessThan(500);
    }
    // without a group there is no Tasklist access: the webapps refuse the sign-in, so on Tasklist's
    // mount this caller has no session and the edge sees them as not signed in
    assertThat(tasklistSignIn.get(NOBODY)).as("Tasklist sign-in of " + NOBODY).isEqualTo(403);
    assertThatThrownBy(() -> Http.tasklistSession(port, NOBODY)).hasMessageContaining("403");
    assertThat(person(NOBODY).viaTasklist()).containsExactly(Caller.ANONYMOUS);
    // and with Basic on /engine-rest they are signed in, as someone in no group
    assertThat(person(NOBODY).viaBasic()).containsExactly(Caller.SIGNED_IN);
    assertThat(Http.as(port, NOBODY).get("/engine-rest/engine").status()).isEqualTo(200);
  }

  // ---- completeness -----------------------------------------------------------------------------

  @Test
  void everyOperationOfCamundasRestApiHasALine() {
    Set<String> listed = new LinkedHashSet<>();
    for (Rule rule : EdgeAllowList.standard().rules()) {
      if (rule.surface() == Surface.ENGINE) {
        listed.add(rule.method() + " " + rule.template());
      }
    }
    List<String> missing = operations.stream().map(Operation::name).filter(name -> !listed.contains(name)).toList();
    assertThat(operations).as("operations in Camunda's REST description").hasSizeGreaterThan(300)
        .anyMatch(operation -> operation.method().equals("OPTIONS"));
    assertThat(missing).as("operations of Camunda's REST API without a line in " + EdgeAllowList.RESOURCE).isEmpty();
  }

  @Test
  void everyEngineLineNamesAnOperationOfCamundasRestApi() {
    Set<String> described = new LinkedHashSet<>();
    operations.forEach(operation -> described.add(operation.name()));
    List<String> unknown = EdgeAllowList.standard().rules().stream().filter(rule -> rule.surface() == Surface.ENGINE)
        .map(rule -> rule.method() + " " + rule.template()).filter(name -> !described.contains(name)).toList();
    assertThat(unknown).as("engine lines of " + EdgeAllowList.RESOURCE + " that Camunda's REST API does not have")
        .isEmpty();
  }

  // ---- the matrix -------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyOperationAsEveryCallerOnBothMounts() {
    return operations.stream().map(operation -> DynamicTest.dynamicTest(operation.name(), () -> check(operation)));
  }

  private void check(Operation operation) {
    String path = operation.concretePath();
    Optional<Rule> rule = EdgeAllowList.standard().find(Surface.ENGINE, operation.method(), path);
    List<String> wrong = new ArrayList<>();
    String found = rule.map(Rule::template).orElse("no line");
    if (!found.equals(operation.template())) {
      wrong.add(path + " is decided by " + found + ", not by its own line");
    }
    // everyone but the administrator side by side (with placeholder ids nothing changes), then the administrator
    Map<String, Reply> replies = new HashMap<>();
    List<Callable<Map.Entry<String, Reply>>> calls = new ArrayList<>();
    for (Person person : people) {
      for (Mount mount : Mount.values()) {
        if (!person.admin()) {
          calls.add(() -> Map.entry(person.name() + mount, call(person, mount, operation)));
        }
      }
    }
    try {
      for (Future<Map.Entry<String, Reply>> done : callers.invokeAll(calls)) {
        replies.put(done.get().getKey(), done.get().getValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    for (Person person : people) {
      for (Mount mount : Mount.values()) {
        Set<Caller> who = mount == Mount.ENGINE_REST ? person.viaBasic() : person.viaTasklist();
        boolean permitted = who.contains(Caller.ADMIN) || rule.map(line -> line.permits(who)).orElse(false);
        Reply reply = person.admin() ? call(person, mount, operation) : replies.get(person.name() + mount);
        statuses.computeIfAbsent(mount + " " + reply.status(), key -> new AtomicInteger()).incrementAndGet();
        String subject = person.name() + " on " + mount + ": " + reply.status() + " " + reply.shortBody();
        if (!permitted && who.contains(Caller.ANONYMOUS) && reply.status() != 401) {
          wrong.add(subject + " (not signed in: 401 expected)");
        } else if (!permitted && !who.contains(Caller.ANONYMOUS) && !reply.refusedAtTheEdge()) {
          wrong.add(subject + " (not on the list for them: the edge's 403 expected)");
        } else if (permitted && reply.refusedAtTheEdge()) {
          wrong.add(subject + " (the list permits them, the edge refused)");
        }
        if (reply.status() >= 500) {
          // no client input is a server failure, not even an administrator's placeholder input
          if (person.admin()) {
            adminServerErrors.add(operation.name() + " on " + mount + ": " + reply.status() + " " + reply.shortBody());
          }
          wrong.add(subject + " (a server error for a client's input)");
        }
      }
    }
    assertThat(wrong).as(operation.name()).isEmpty();
  }

  private Reply call(Person person, Mount mount, Operation operation) {
    String path = switch (mount) {
      case ENGINE_REST -> "/engine-rest" + operation.concretePath();
      case TASKLIST -> operation.template().equals("/engine") ? "/camunda/api/engine/engine"
          : "/camunda/api/engine/engine/default" + operation.concretePath();
    };
    HttpRequest.Builder builder = request(path);
    if (operation.multipart()) {
      builder.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
          .method(operation.method(), HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "--\r\n"));
    } else if (WITH_BODY.contains(operation.method())) {
      builder.header("Content-Type", "application/json")
          .method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"));
    } else {
      builder.method(operation.method(), HttpRequest.BodyPublishers.noBody());
    }
    return mount == Mount.ENGINE_REST
        ? send(basicClient, null, person.authorization(), builder)
        : send(person.tasklistClient(), person.tasklistCookies(), null, builder);
  }

  // ---- refused writes change nothing ------------------------------------------------------------

  @Test
  void refusedWritesReachNoEngineAndTheSameCallsAsAdministratorDo() {
    Job job = historyCleanupJob();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().active().list().get(0).getId();
    long tasks = engine.getTaskService().createTaskQuery().count();
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    Map<String, Object> grant = Map.of("type", 1, "permissions", List.of("ALL"), "userId", "alex",
        "resourceType", 1, "resourceId", "*");
    Map<String, Object> rename = Map.of("id", NOBODY, "firstName", "Maria", "lastName", "Alvarez",
        "email", "maria@peer-program.example");
    List<String> wrong = new ArrayList<>();
    for (Person person : people) {
      if (person.admin()) {
        continue;
      }
      for (Mount mount : Mount.values()) {
        String base = mount == Mount.ENGINE_REST ? "/engine-rest" : "/camunda/api/engine/engine/default";
        List<Reply> replies = List.of(
            json(person, mount, "POST", base + "/job/" + job.getId() + "/execute", "{}"),
            json(person, mount, "PUT", base + "/job/" + job.getId() + "/retries", "{\"retries\":7}"),
            json(person, mount, "DELETE", base + "/job/" + job.getId(), null),
            json(person, mount, "PUT", base + "/user/" + NOBODY + "/profile", write(rename)),
            json(person, mount, "DELETE", base + "/user/" + NOBODY, null),
            json(person, mount, "POST", base + "/task/create", "{\"name\":\"matrix\"}"),
            json(person, mount, "POST", base + "/authorization/create", write(grant)),
            json(person, mount, "PUT", base + "/process-definition/" + definition + "/suspended",
                "{\"suspended\":true}"),
            deployment(person, mount, base));
        for (Reply reply : replies) {
          if (reply.status() != 401 && !reply.refusedAtTheEdge()) {
            wrong.add(person.name() + " on " + mount + ": " + reply.status() + " " + reply.shortBody());
          }
        }
      }
    }
    assertThat(wrong).as("refused writes").isEmpty();
    Job after = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after).as("the job").isNotNull();
    assertThat(after.getRetries()).as("its retries").isEqualTo(job.getRetries());
    assertThat(after.getExceptionMessage()).as("its exception").isEqualTo(job.getExceptionMessage());
    assertThat(engine.getIdentityService().createUserQuery().userId(NOBODY).singleResult().getFirstName())
        .isEqualTo("Matrix");
    assertThat(engine.getTaskService().createTaskQuery().count()).as("tasks").isEqualTo(tasks);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).as("authorizations")
        .isEqualTo(authorizations);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("deployments").isEqualTo(deployments);
    assertThat(engine.getRepositoryService().getProcessDefinition(definition).isSuspended()).isFalse();

    // the same calls do reach the engine for an administrator, so the checks above could have failed
    Person admin = people.stream().filter(Person::admin).findFirst().orElseThrow();
    assertThat(json(admin, Mount.ENGINE_REST, "PUT", "/engine-rest/job/" + job.getId() + "/retries",
        "{\"retries\":7}").status()).isEqualTo(204);
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .isEqualTo(7);
    assertThat(json(admin, Mount.TASKLIST, "PUT", "/camunda/api/engine/engine/default/user/" + NOBODY + "/profile",
        write(Map.of("id", NOBODY, "firstName", "Matrix", "lastName", "Renamed"))).status()).isEqualTo(204);
    assertThat(engine.getIdentityService().createUserQuery().userId(NOBODY).singleResult().getLastName())
        .isEqualTo("Renamed");
    assertThat(json(admin, Mount.ENGINE_REST, "POST", "/engine-rest/task/create", "{\"name\":\"matrix\"}").status())
        .isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(tasks + 1);
  }

  private Job historyCleanupJob() {
    List<Job> cleanup = engine.getHistoryService().findHistoryCleanupJobs();
    if (cleanup.isEmpty()) {
      engine.getHistoryService().cleanUpHistoryAsync(true);
      cleanup = engine.getHistoryService().findHistoryCleanupJobs();
    }
    assertThat(cleanup).as("history cleanup jobs").isNotEmpty();
    return cleanup.get(0);
  }

  private Reply json(Person person, Mount mount, String method, String path, String body) {
    HttpRequest.Builder builder = request(path);
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return mount == Mount.ENGINE_REST ? send(basicClient, null, person.authorization(), builder)
        : send(person.tasklistClient(), person.tasklistCookies(), null, builder);
  }

  /** A real deployment upload: one small process, as Cockpit or a modeler sends it. */
  private Reply deployment(Person person, Mount mount, String base) {
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/"
        + "20100524/MODEL\" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"matrix\">"
        + "<process id=\"matrix-process\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
        + "<startEvent id=\"Event_Start\"/></process></definitions>";
    String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix\r\n"
        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"matrix.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + BOUNDARY + "--\r\n";
    HttpRequest.Builder builder = request(base + "/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    return mount == Mount.ENGINE_REST ? send(basicClient, null, person.authorization(), builder)
        : send(person.tasklistClient(), person.tasklistCookies(), null, builder);
  }

  private static String write(Object value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
  }

  private Reply send(HttpClient client, CookieManager cookies, String authorization, HttpRequest.Builder builder) {
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (cookies != null) {
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if (cookie.getName().equals("XSRF-TOKEN")) {
          builder.header("X-XSRF-TOKEN", cookie.getValue());
        }
      }
    }
    requests.incrementAndGet();
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body() == null ? "" : response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---- what the run found -----------------------------------------------------------------------

  @AfterAll
  void writeWhatTheRunFound() throws IOException {
    callers.shutdownNow();
    long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
    List<String> lines = new ArrayList<>();
    lines.add("operations: " + operations.size() + ", callers: " + people.size() + ", requests: " + requests.get()
        + ", seconds: " + seconds);
    lines.add("Tasklist sign-in: " + tasklistSignIn);
    lines.add("answers by mount and status: " + statuses);
    lines.add("administrator 5xx answers to placeholder input (" + adminServerErrors.size() + "):");
    adminServerErrors.stream().sorted().forEach(line -> lines.add("  " + line));
    Path report = Path.of("target", "edge-matrix", "admin-5xx.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, lines, StandardCharsets.UTF_8);
    LOG.info("Edge matrix: {} requests in {} s; {} administrator 5xx answers, see {}", requests.get(), seconds,
        adminServerErrors.size(), report);
  }

  /**
   * Puts back the engines Camunda's static registry knew before this class's context started: that
   * context registers its own engine under the same name ("default") and removes it when closed, which
   * would leave the shared context's REST API without an engine. It remembers them before the context is
   * loaded (first of all listeners) and puts them back after the context is closed (last of all).
   */
  static final class RestoreEngineRegistry implements TestExecutionListener, Ordered {
    private Map<String, ProcessEngine> before;

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
      if (before == null) {
        before = new HashMap<>(ProcessEngines.getProcessEngines());
      }
    }

    @Override
    public void afterTestClass(TestContext testContext) {
      if (before == null) {
        return;
      }
      before.values().forEach(ProcessEngines::registerProcessEngine);
      ProcessEngine previous = before.get(ProcessEngines.NAME_DEFAULT);
      if (previous != null) {
        BpmnAwareTests.init(previous);
      }
    }
  }
}
