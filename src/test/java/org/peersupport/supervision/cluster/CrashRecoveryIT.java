package org.peersupport.supervision.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.peersupport.supervision.cluster.ClusterProgram.SUPERVISOR;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;

/**
 * The packaged app on PostgreSQL, killed with SIGKILL in the middle of work and started again: every
 * start and completion a client saw acknowledged is there after the restart; no session record is
 * half-written (a record without its completed step, a completed step without its record, a record
 * without its topics, a signed record whose cycle did not end or the reverse); and timers that came due
 * while the node was down fire once it is back, run by its own job executor.
 */
class CrashRecoveryIT {

  private static final org.slf4j.Logger REPORT = org.slf4j.LoggerFactory.getLogger("peer-supervision.report");

  static final int CLIENTS = 12;
  static final List<String> SPECIALISTS = List.of("ash", "bo", "cam", "dee", "eli", "fay");
  static final String WAITING_SPECIALIST = "gus";

  /** An acknowledged operation: what, on which cycle, which task (null for a start). */
  record Acknowledged(String step, String cycle, String taskId) {}

  @Test
  void everyAcknowledgedCompletionSurvivesSigkillAndDueTimersFireAfterRestart() throws Exception {
    assumeTrue(AppNode.configured(), "runs with the Maven profile postgres (packaged jar and PostgreSQL)");
    try (ClusterDatabase database = ClusterDatabase.create("crash")) {
      AppNode node = AppNode.start("crash-node-1", database);
      AppNode restarted = null;
      try {
        List<String> everyone = new ArrayList<>(SPECIALISTS);
        everyone.add(WAITING_SPECIALIST);
        ClusterProgram.setUp(node, everyone);

        // cycles that wait for their reflection: their timers will come due while the node is down
        List<String> waiting = List.of(ClusterProgram.cycleWaitingForReflection(node, WAITING_SPECIALIST),
            ClusterProgram.cycleWaitingForReflection(node, WAITING_SPECIALIST),
            ClusterProgram.cycleWaitingForReflection(node, WAITING_SPECIALIST));

        // load: clients walk cycles from start to signed record as fast as they can
        List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger inFlightAtKill = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
          String specialist = SPECIALISTS.get(c % SPECIALISTS.size());
          clients.submit(() -> walkCycles(node, specialist, running, acknowledged, inFlightAtKill, refused));
        }
        long loadBegan = System.nanoTime();
        while (acknowledged.size() < 150 && System.nanoTime() - loadBegan < Duration.ofSeconds(90).toNanos()) {
          Thread.sleep(200);
        }

        // timers due a few seconds from now, then SIGKILL while the clients are mid-request
        Instant due = Instant.now().plusSeconds(5);
        int timersMadeDue = 0;
        for (String cycle : waiting) {
          for (String job : ClusterProgram.timerJobs(node, cycle)) {
            ClusterProgram.makeDue(node, job, due);
            timersMadeDue++;
          }
        }
        ClusterProgram.makeDue(node, ClusterProgram.scheduleTimer(node), due);
        timersMadeDue++;
        node.kill();
        long loadSeconds = Duration.ofNanos(System.nanoTime() - loadBegan).toSeconds();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        List<Acknowledged> acks = List.copyOf(acknowledged);

        // every relationship due for its next cycle (the load started cycles for everyone minutes ago)
        database.supervisionStartedAMonthAgo();
        restarted = AppNode.start("crash-node-2", database);
        Http admin = ClusterProgram.admin(restarted);
        int found = 0;
        List<Acknowledged> missing = new ArrayList<>();
        for (Acknowledged ack : acks) {
          boolean there = ack.taskId() == null
              ? admin.get("/engine-rest/history/process-instance/" + ack.cycle()).status() == 200
              : completed(admin.get("/engine-rest/history/task?taskId=" + ack.taskId()).json());
          if (there) {
            found++;
          } else {
            missing.add(ack);
          }
        }
        long sessions = database.count("select count(*) from supervision_session");
        long halfWritten = halfWrittenRecords(database);
        long stranded = database.count("select count(*) from act_ru_execution e where e.id_ = e.proc_inst_id_ "
            + "and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = e.proc_inst_id_) "
            + "and not exists (select 1 from act_ru_job j where j.process_instance_id_ = e.proc_inst_id_) "
            + "and e.proc_def_id_ like 'supervision-cycle:%'");

        // the timers that came due while the node was down fire now
        TimerEffects effects = TimerEffects.await(restarted, waiting, 1, Duration.ofMinutes(3));
        long incidents = admin.get("/engine-rest/incident/count").json().get("count").asLong();

        REPORT.info(String.format("crash: %d clients for %d s, %d operations acknowledged (%d starts, %d completions), "
                + "%d requests in flight at SIGKILL, %d refused%n", CLIENTS, loadSeconds, acks.size(),
            acks.stream().filter(a -> a.taskId() == null).count(),
            acks.stream().filter(a -> a.taskId() != null).count(),
            inFlightAtKill.get(), refused.get()).strip());
        REPORT.info(String.format("crash: after restart acknowledged %d, found %d, missing %d; session records %d, "
                + "half-written %d, cycles stranded without a wait state %d%n",
            acks.size(), found, missing.size(), sessions, halfWritten, stranded).strip());
        REPORT.info(String.format("crash: timers made due while down %d; after restart %s; incidents %d%n", timersMadeDue,
            effects, incidents).strip());

        assertThat(acks).as("the load really ran").hasSizeGreaterThanOrEqualTo(100);
        assertThat(refused.get()).as("requests refused while the node was up").isZero();
        assertThat(inFlightAtKill.get()).as("the kill hit requests in flight").isPositive();
        assertThat(missing).as("acknowledged but missing after the crash").isEmpty();
        assertThat(halfWritten).isZero();
        assertThat(stranded).isZero();
        assertThat(effects.remindersPerCycle()).as("one reminder per waiting cycle").containsOnly(1);
        assertThat(effects.followUpsPerCycle()).as("one program-lead follow-up per waiting cycle").containsOnly(1);
        assertThat(effects.scheduleRuns()).as("the scheduled start ran once").isEqualTo(1);
        assertThat(effects.cyclesStartedBySchedule()).as("one cycle per relationship").isEqualTo(everyone.size());
        assertThat(incidents).isZero();
      } finally {
        node.close(); // killed already, unless the test failed before
        if (restarted != null) {
          restarted.close();
        }
      }
    }
  }

  private static boolean completed(JsonNode history) {
    return history.size() == 1 && !history.get(0).get("endTime").isNull()
        && "completed".equals(history.get(0).get("deleteReason").asText());
  }

  /**
   * Domain rows that disagree with the engine's record of the steps that write them: both are written
   * in one transaction, so after a crash they must agree exactly.
   */
  static long halfWrittenRecords(ClusterDatabase database) throws Exception {
    String recordStepDone = "select 1 from act_hi_taskinst t where t.proc_inst_id_ = s.process_instance_id "
        + "and t.task_def_key_ = 'Task_RecordSession' and t.delete_reason_ = 'completed'";
    long withoutStep = database.count("select count(*) from supervision_session s "
        + "where not exists (" + recordStepDone + ")");
    long withoutRecord = database.count("select count(distinct t.proc_inst_id_) from act_hi_taskinst t "
        + "where t.task_def_key_ = 'Task_RecordSession' and t.delete_reason_ = 'completed' "
        + "and not exists (select 1 from supervision_session s where s.process_instance_id = t.proc_inst_id_)");
    long withoutTopics = database.count("select count(*) from supervision_session s "
        + "where not exists (select 1 from session_topic x where x.session_id = s.id)");
    long signedButOpen = database.count("select count(*) from supervision_session s where s.status = 'ATTESTED' "
        + "and exists (select 1 from act_ru_execution e where e.proc_inst_id_ = s.process_instance_id)");
    long endedUnsigned = database.count("select count(*) from supervision_session s where s.status <> 'ATTESTED' "
        + "and exists (select 1 from act_hi_procinst p "
        + "where p.id_ = s.process_instance_id and p.end_time_ is not null)");
    return withoutStep + withoutRecord + withoutTopics + signedButOpen + endedUnsigned;
  }

  private static void walkCycles(AppNode node, String specialist, AtomicBoolean running, List<Acknowledged> acknowledged,
      AtomicInteger inFlightAtKill, AtomicInteger refused) {
    Http supervisor = ClusterProgram.as(node, SUPERVISOR);
    Http peer = ClusterProgram.as(node, specialist);
    try {
      while (running.get()) {
        Http.Reply started = ClusterProgram.startCycle(supervisor, specialist);
        if (started.status() != 200) {
          refused.incrementAndGet();
          continue;
        }
        String cycle = started.json().get("id").asText();
        acknowledged.add(new Acknowledged("start", cycle, null));
        step(acknowledged, refused, "assign-prompts", cycle, supervisor, ClusterProgram::assignPrompts);
        step(acknowledged, refused, "reflection", cycle, peer, ClusterProgram::completeReflection);
        step(acknowledged, refused, "session-record", cycle, supervisor, ClusterProgram::recordSession);
        step(acknowledged, refused, "sign", cycle, peer, ClusterProgram::signRecord);
      }
    } catch (AssertionError failure) {
      if (failure.getCause() instanceof java.io.IOException) {
        // the node died under this client's request: its outcome is unknown to the client, so not counted
        inFlightAtKill.incrementAndGet();
      } else {
        refused.incrementAndGet();
      }
    }
  }

  @FunctionalInterface
  interface Step {
    Http.Reply submit(Http http, String taskId);
  }

  private static void step(List<Acknowledged> acknowledged, AtomicInteger refused, String name, String cycle, Http user,
      Step step) {
    String task = ClusterProgram.openTask(user, cycle);
    if (task == null) {
      throw new AssertionError("no open task for " + name);
    }
    Http.Reply reply = step.submit(user, task);
    if (reply.status() != 204) {
      throw new AssertionError(name + " refused: " + reply);
    }
    acknowledged.add(new Acknowledged(name, cycle, task));
  }
}
