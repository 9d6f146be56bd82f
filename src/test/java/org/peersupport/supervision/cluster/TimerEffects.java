package org.peersupport.supervision.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.Http;

/**
 * What the cycle's and the schedule's timers did, read over REST: reminders sent and program-lead
 * follow-ups started per waiting cycle, runs of the scheduled start and the cycles they started.
 */
record TimerEffects(List<Integer> remindersPerCycle, List<Integer> followUpsPerCycle, int scheduleRuns,
    int cyclesStartedBySchedule) {

  /** Waits until every waiting cycle has been reminded and escalated and the schedule ran scheduleRuns times. */
  static TimerEffects await(AppNode node, List<String> waitingCycles, int scheduleRuns, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    TimerEffects effects = read(node, waitingCycles);
    while (System.nanoTime() < deadline && !(effects.remindersPerCycle().stream().allMatch(n -> n >= 1)
        && effects.followUpsPerCycle().stream().allMatch(n -> n >= 1) && effects.scheduleRuns() >= scheduleRuns)) {
      Thread.sleep(1000);
      effects = read(node, waitingCycles);
    }
    Thread.sleep(5000); // anything that would run twice has had its chance
    return read(node, waitingCycles);
  }

  static TimerEffects read(AppNode node, List<String> waitingCycles) {
    Http admin = ClusterProgram.admin(node);
    List<Integer> reminders = new ArrayList<>();
    List<Integer> followUps = new ArrayList<>();
    for (String cycle : waitingCycles) {
      JsonNode sent = admin.get("/engine-rest/history/variable-instance?variableName=remindersSent&processInstanceId=" + cycle)
          .json();
      reminders.add(sent.size() == 1 && !sent.get(0).get("value").isNull() ? sent.get(0).get("value").asInt() : 0);
      followUps.add(admin.get("/engine-rest/history/process-instance/count?processDefinitionKey=program-lead-follow-up"
          + "&processInstanceBusinessKey=" + cycle).json().get("count").asInt());
    }
    int runs = 0;
    int started = 0;
    for (JsonNode run : admin.get("/engine-rest/history/process-instance?processDefinitionKey=supervision-schedule").json()) {
      runs++;
      JsonNode count = admin.get("/engine-rest/history/variable-instance?variableName=cyclesStarted&processInstanceId="
          + run.get("id").asText()).json();
      started += count.size() == 1 ? count.get(0).get("value").asInt() : 0;
    }
    return new TimerEffects(reminders, followUps, runs, started);
  }

  @Override
  public String toString() {
    return "reminders per waiting cycle " + remindersPerCycle + ", program-lead follow-ups per waiting cycle "
        + followUpsPerCycle + ", scheduled-start runs " + scheduleRuns + " starting " + cyclesStartedBySchedule + " cycles";
  }
}
