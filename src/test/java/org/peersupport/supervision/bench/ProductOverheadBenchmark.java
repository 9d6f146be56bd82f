package org.peersupport.supervision.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.cluster.ClusterDatabase;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the product costs per supervision cycle against the bare engine, in the same JVM and run: N cycles
 * (start, prompts, reflection, session record, signature) through the product's engine as its users
 * (authentication set, so authorization checks apply; every form validated, mapped and written to the
 * domain tables by the product's listeners), and the same BPMN on a second, plain engine without any
 * product code (its listeners and delegates do nothing), driven through the same engine API
 * ({@code FormService}) with the same variables. Same database kind, history level full, no job
 * executor, one thread, one round of each in turn so that noise hits both alike.
 */
@BenchContext
@Order(3)
class ProductOverheadBenchmark {

  static final int WARM_UP_ROUNDS = Integer.getInteger("bench.overhead.warm-up-rounds", 3);
  static final int ROUNDS = Integer.getInteger("bench.overhead.rounds", 7);
  static final int CYCLES = Integer.getInteger("bench.overhead.cycles", 100);
  static final int SUPERVISORS = 10;
  static final int SPECIALISTS_PER_SUPERVISOR = 10;
  static final double TARGET = 1.25;
  static final String[] STEPS = {"start", "prompts", "reflection", "session record", "signature"};

  @Autowired ProcessEngine product;
  @Autowired Relationships relationships;

  private ProcessEngine bare;
  private final Map<String, List<String>> groups = new LinkedHashMap<>();
  private final List<String[]> pairs = new ArrayList<>();

  @Test
  void productAgainstTheBareEngineOnTheSameBpmn() {
    program();
    bare = bareEngine();
    try {
      String productDefinition = latest(product);
      String bareDefinition = latest(bare);
      for (int i = 0; i < WARM_UP_ROUNDS; i++) {
        round(product, productDefinition, true, CYCLES / 2, new long[STEPS.length]);
        round(bare, bareDefinition, false, CYCLES / 2, new long[STEPS.length]);
      }
      List<Double> productRates = new ArrayList<>();
      List<Double> bareRates = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      long[] productSteps = new long[STEPS.length];
      long[] bareSteps = new long[STEPS.length];
      for (int i = 0; i < ROUNDS; i++) {
        double p = round(product, productDefinition, true, CYCLES, productSteps);
        double b = round(bare, bareDefinition, false, CYCLES, bareSteps);
        productRates.add(p);
        bareRates.add(b);
        ratios.add(b / p);
      }
      report(productRates, bareRates, ratios, productSteps, bareSteps);
    } finally {
      bare.close();
    }
  }

  @AfterAll
  static void written() {
    BenchResults.write();
  }

  private void report(List<Double> productRates, List<Double> bareRates, List<Double> ratios, long[] productSteps,
      long[] bareSteps) {
    double productMedian = BenchResults.median(productRates);
    double bareMedian = BenchResults.median(bareRates);
    double ratio = BenchResults.median(ratios);
    String history = ((ProcessEngineConfigurationImpl) product.getProcessEngineConfiguration()).getHistory();
    Map<String, Object> setup = BenchResults.setup("db", BenchDatabase.kind() + " (a database each)", "history", history,
        "threads", 1, "cycles", ROUNDS + " rounds of " + CYCLES + " after " + WARM_UP_ROUNDS + " warm-up rounds of "
            + CYCLES / 2, "job executor", "off", "jvm", jvmOptions());
    BenchResults.info("overhead", "supervision cycles/s, product", String.format("%.1f /s", productMedian),
        Map.of("median", productMedian, "rounds", productRates), setup);
    BenchResults.info("overhead", "supervision cycles/s, bare engine", String.format("%.1f /s", bareMedian),
        Map.of("median", bareMedian, "rounds", bareRates), setup);
    Map<String, Object> perStep = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    long cycles = (long) ROUNDS * CYCLES;
    for (int i = 0; i < STEPS.length; i++) {
      double p = productSteps[i] / 1e6 / cycles;
      double b = bareSteps[i] / 1e6 / cycles;
      perStep.put(STEPS[i], Map.of("productMs", p, "bareMs", b));
      text.append(text.length() == 0 ? "" : ", ").append(STEPS[i]).append(String.format(" %.1f/%.1f", p, b));
    }
    BenchResults.info("overhead", "ms per step, product/bare", text.toString(), perStep, setup);
    BenchResults.target("overhead", "overhead ratio (bare cycles/s ÷ product cycles/s)", String.format("%.2f", ratio),
        Map.of("median", ratio, "rounds", ratios), "≤ " + TARGET, ratio <= TARGET, setup);
  }

  private static String jvmOptions() {
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X")).toList();
    return options.isEmpty() ? "defaults (heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max)"
        : String.join(" ", options);
  }

  /** Runs cycles; answers cycles per second and adds each step's nanoseconds to {@code steps}. */
  private double round(ProcessEngine engine, String definition, boolean asProduct, int cycles, long[] steps) {
    long began = System.nanoTime();
    for (int i = 0; i < cycles; i++) {
      String[] pair = pairs.get(i % pairs.size());
      String supervisor = pair[0];
      String specialist = pair[1];
      long t0 = System.nanoTime();
      ProcessInstance cycle = as(engine, asProduct ? supervisor : null, () -> (ProcessInstance) engine.getFormService()
          .submitStartForm(definition, asProduct ? CycleSubmissions.start(specialist)
              : CycleSubmissions.bareStart(supervisor, specialist)));
      long t1 = System.nanoTime();
      submit(engine, asProduct ? supervisor : null, cycle, CycleSubmissions.assignPrompts());
      long t2 = System.nanoTime();
      submit(engine, asProduct ? specialist : null, cycle, CycleSubmissions.reflection());
      long t3 = System.nanoTime();
      submit(engine, asProduct ? supervisor : null, cycle, CycleSubmissions.sessionRecord());
      long t4 = System.nanoTime();
      submit(engine, asProduct ? specialist : null, cycle, CycleSubmissions.sign());
      long t5 = System.nanoTime();
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count() != 0) {
        throw new AssertionError("the cycle did not end on " + engine.getName());
      }
      steps[0] += t1 - t0;
      steps[1] += t2 - t1;
      steps[2] += t3 - t2;
      steps[3] += t4 - t3;
      steps[4] += t5 - t4;
    }
    return cycles / ((System.nanoTime() - began) / 1e9);
  }

  private void submit(ProcessEngine engine, String user, ProcessInstance cycle, Map<String, Object> form) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).singleResult();
    as(engine, user, () -> {
      engine.getFormService().submitTaskForm(task.getId(), form);
      return null;
    });
  }

  /** The work as the user with their groups (as the REST API's authentication does), or unauthenticated. */
  private <T> T as(ProcessEngine engine, String user, Supplier<T> work) {
    if (user == null) {
      return work.get();
    }
    engine.getIdentityService().setAuthentication(user, groups.get(user));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Supervisors and specialists of their own, so that no person carries thousands of cycles. */
  private void program() {
    var identity = product.getIdentityService();
    for (int s = 0; s < SUPERVISORS; s++) {
      String supervisor = "ovh-sup-%02d".formatted(s);
      user(supervisor, ProgramRoles.SUPERVISORS);
      for (int p = 0; p < SPECIALISTS_PER_SUPERVISOR; p++) {
        String specialist = "ovh-spec-%03d".formatted(s * SPECIALISTS_PER_SUPERVISOR + p);
        user(specialist, ProgramRoles.SPECIALISTS);
        relationships.assign(supervisor, specialist, LocalDate.now().minusMonths(1));
        pairs.add(new String[] {supervisor, specialist});
      }
    }
    for (String user : new ArrayList<>(groups.keySet())) {
      groups.put(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    }
  }

  private void user(String id, String group) {
    var identity = product.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Bench");
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    groups.put(id, List.of());
  }

  private static String latest(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("supervision-cycle")
        .latestVersion().singleResult().getId();
  }

  /** A plain engine like the product's (same database kind, history, id generator, Spin), without product code. */
  private ProcessEngine bareEngine() {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    if (BenchDatabase.postgres()) {
      ClusterDatabase database = BenchDatabase.throwaway("bare").orElseThrow();
      configuration.setJdbcUrl(database.url());
      configuration.setJdbcDriver("org.postgresql.Driver");
      configuration.setJdbcUsername(database.user());
      configuration.setJdbcPassword(database.password());
    } else {
      configuration.setJdbcUrl("jdbc:h2:mem:bare-engine;DB_CLOSE_DELAY=-1");
      configuration.setJdbcDriver("org.h2.Driver");
      configuration.setJdbcUsername("sa");
      configuration.setJdbcPassword("");
    }
    configuration.setJdbcMaxActiveConnections(20);
    configuration.setProcessEngineName("bare");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory(((ProcessEngineConfigurationImpl) product.getProcessEngineConfiguration()).getHistory());
    configuration.setJobExecutorActivate(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setBeans(new java.util.HashMap<>(BareCycleBeans.beans()));
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    ProcessEngine engine = configuration.buildProcessEngine();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare supervision cycle")
        .addClasspathResource("bpmn/supervision-cycle.bpmn");
    for (String form : List.of("start", "assign-prompts", "reflection", "session-record", "review-record",
        "wellness-plan", "confirm-wellness-plan")) {
      deployment.addClasspathResource("forms/supervision-cycle-" + form + ".form");
    }
    deployment.deploy();
    return engine;
  }
}
