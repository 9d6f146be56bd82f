package org.peersupport.supervision.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.peersupport.supervision.cluster.ClusterProgram.SUPERVISOR;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;

/**
 * Two nodes of the packaged app on one PostgreSQL database, each with its job executor: work done on
 * one is what the other sees; every timer (reminders, escalations to program leads, the scheduled start
 * of cycles) runs exactly once across the cluster, run by whichever node acquired it; and when one node
 * stops, the other keeps running the timers.
 */
class TwoNodeClusterIT {

  private static final org.slf4j.Logger REPORT = org.slf4j.LoggerFactory.getLogger("peer-supervision.report");

  static final List<String> SPECIALISTS = List.of("ana", "ben", "cy", "dot");

  @Test
  void twoNodesShareTheWorkAndRunEveryTimerExactlyOnce() throws Exception {
    assumeTrue(AppNode.configured(), "runs with the Maven profile postgres (packaged jar and PostgreSQL)");
    try (ClusterDatabase database = ClusterDatabase.create("twonode")) {
      // the first node creates the schemas and deploys the processes; the second joins
      AppNode a = AppNode.start("node-a", database);
      AppNode b = null;
      try {
        ClusterProgram.setUp(a, SPECIALISTS);
        b = AppNode.start("node-b", database);
        long cycleVersions = ClusterProgram.admin(b).get("/engine-rest/process-definition/count?key=supervision-cycle")
            .json().get("count").asLong();
        assertThat(cycleVersions).as("the second node deployed no new version").isOne();
        // 1. a task completed on one node is visible on the other, both ways
        Http samOnA = ClusterProgram.as(a, SUPERVISOR);
        Http samOnB = ClusterProgram.as(b, SUPERVISOR);
        Http anaOnA = ClusterProgram.as(a, "ana");
        Http anaOnB = ClusterProgram.as(b, "ana");
        String cycle = ClusterProgram.expect(ClusterProgram.startCycle(samOnA, "ana"), 200).json().get("id").asText();
        ClusterProgram.expect(ClusterProgram.assignPrompts(samOnB, ClusterProgram.openTask(samOnB, cycle)), 204);
        String reflectionSeenOnA = ClusterProgram.openTask(anaOnA, cycle);
        ClusterProgram.expect(ClusterProgram.completeReflection(anaOnA, reflectionSeenOnA), 204);
        String recordSeenOnB = ClusterProgram.openTask(samOnB, cycle);
        JsonNode recordOnB = samOnB.get("/engine-rest/task/" + recordSeenOnB).json();
        ClusterProgram.expect(ClusterProgram.recordSession(samOnB, recordSeenOnB), 204);
        JsonNode supervisionOnA = ClusterProgram.expect(anaOnA.get("/api/specialists/ana/supervision"), 200).json();
        ClusterProgram.expect(ClusterProgram.signRecord(anaOnB, ClusterProgram.openTask(anaOnB, cycle)), 204);
        boolean endedSeenOnA = ClusterProgram.admin(a).get("/engine-rest/history/process-instance/" + cycle).json()
            .get("state").asText().equals("COMPLETED");
        assertThat(reflectionSeenOnA).as("the reflection, after prompts were chosen on node-b, seen on node-a").isNotNull();
        assertThat(recordOnB.get("taskDefinitionKey").asText()).isEqualTo("Task_RecordSession");
        assertThat(supervisionOnA.toString()).isNotEmpty();
        assertThat(endedSeenOnA).as("signed on node-b, ended on node-a").isTrue();
        REPORT.info(String.format("two nodes: one cycle walked across nodes (start a, prompts b, reflection a, record b, "
            + "sign b): every step saw the other node's work, cycle ended as seen from a: %s; process versions after "
            + "the second node joined: %d%n", endedSeenOnA, cycleVersions).strip());

        // 2. timers of waiting cycles and the schedule, all due at the same moment, with both nodes up
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          AppNode node = i % 2 == 0 ? a : b;
          waiting.add(ClusterProgram.cycleWaitingForReflection(node, SPECIALISTS.get(i % SPECIALISTS.size())));
        }
        List<String> jobs = new ArrayList<>();
        Instant due = Instant.now().plusSeconds(3);
        for (String w : waiting) {
          for (String job : ClusterProgram.timerJobs(a, w)) {
            ClusterProgram.makeDue(a, job, due);
            jobs.add(job);
          }
        }
        database.supervisionStartedAMonthAgo();
        String schedule = ClusterProgram.scheduleTimer(b);
        ClusterProgram.makeDue(b, schedule, due);
        jobs.add(schedule);
        TimerEffects both = TimerEffects.await(a, waiting, 1, Duration.ofMinutes(3));
        Map<String, Long> ranOn = executedBy(a, jobs);
        long failures = failedAttempts(a, jobs);
        REPORT.info(String.format("two nodes up: %d timers made due at once; %s; executions by node %s; failed attempts "
            + "(retried) %d%n", jobs.size(), both, ranOn, failures).strip());
        assertThat(both.remindersPerCycle()).as("reminders, exactly once each").containsOnly(1);
        assertThat(both.followUpsPerCycle()).as("escalations, exactly once each").containsOnly(1);
        assertThat(both.scheduleRuns()).as("the scheduled start, exactly once").isEqualTo(1);
        assertThat(both.cyclesStartedBySchedule()).isEqualTo(SPECIALISTS.size());
        assertThat(ranOn.values().stream().mapToLong(Long::longValue).sum()).as("one successful execution per timer")
            .isEqualTo(jobs.size());

        // 3. node-a stops; node-b keeps running the timers, including the schedule's next run
        a.stop();
        List<String> waitingAfter = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          waitingAfter.add(ClusterProgram.cycleWaitingForReflection(b, SPECIALISTS.get(i)));
        }
        List<String> jobsAfter = new ArrayList<>();
        Instant dueAfter = Instant.now().plusSeconds(3);
        for (String w : waitingAfter) {
          for (String job : ClusterProgram.timerJobs(b, w)) {
            ClusterProgram.makeDue(b, job, dueAfter);
            jobsAfter.add(job);
          }
        }
        database.supervisionStartedAMonthAgo();
        String nextSchedule = ClusterProgram.scheduleTimer(b);
        ClusterProgram.makeDue(b, nextSchedule, dueAfter);
        jobsAfter.add(nextSchedule);
        TimerEffects alone = TimerEffects.await(b, waitingAfter, 2, Duration.ofMinutes(3));
        Map<String, Long> ranOnAfter = executedBy(b, jobsAfter);
        long incidents = ClusterProgram.admin(b).get("/engine-rest/incident/count").json().get("count").asLong();
        REPORT.info(String.format("node-a stopped: %d timers made due; %s; executions by node %s; incidents %d%n",
            jobsAfter.size(), alone, ranOnAfter, incidents).strip());
        assertThat(alone.remindersPerCycle()).containsOnly(1);
        assertThat(alone.followUpsPerCycle()).containsOnly(1);
        assertThat(alone.scheduleRuns()).as("the schedule ran again, once").isEqualTo(2);
        assertThat(alone.cyclesStartedBySchedule()).isEqualTo(2 * SPECIALISTS.size());
        assertThat(ranOnAfter).containsOnlyKeys("node-b");
        assertThat(ranOnAfter.get("node-b")).isEqualTo(jobsAfter.size());
        assertThat(incidents).isZero();
      } finally {
        a.close();
        if (b != null) {
          b.close();
        }
      }
    }
  }

  /** Successful executions of the jobs per node, from the engine's job log (hostname = node name). */
  private static Map<String, Long> executedBy(AppNode node, List<String> jobs) {
    Map<String, Long> byNode = new TreeMap<>();
    for (String job : jobs) {
      for (JsonNode entry : ClusterProgram.admin(node).get("/engine-rest/history/job-log?successLog=true&jobId=" + job)
          .json()) {
        byNode.merge(entry.get("hostname").asText(), 1L, Long::sum);
      }
    }
    return byNode;
  }

  private static long failedAttempts(AppNode node, List<String> jobs) {
    long failed = 0;
    for (String job : jobs) {
      failed += ClusterProgram.admin(node).get("/engine-rest/history/job-log/count?failureLog=true&jobId=" + job).json()
          .get("count").asLong();
    }
    return failed;
  }
}
