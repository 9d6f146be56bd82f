package org.peersupport.supervision.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.certification.Credentials;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of supervision-schedule: the daily look starts a cycle for each relationship whose
 * specialist's cadence has come round, from the stage of their certification (application.yaml: INITIAL
 * every 7 days, CERTIFIED every 14, the program-wide 14 without a certification), driven by the engine
 * clock. Each test has specialists of its own (supervised by a supervisor of its own, from today), so
 * cycles other tests start do not count.
 */
@ProcessTest
class SupervisionScheduleProcessTest {

  @Autowired ProcessEngine processEngine;
  @Autowired Relationships relationships;
  @Autowired Credentials credentials;
  @Autowired CycleTimers cycleTimers;

  final LocalDate today = LocalDate.now();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachSpecialistsCyclesFollowTheirStagesCadence() {
    supervisedFromToday("sched-initial");
    supervisedFromToday("sched-certified");
    supervisedFromToday("sched-uncertified");
    certify("sched-initial", CertificationStage.INITIAL, "SCHED-INIT-1", 365);
    certify("sched-certified", CertificationStage.CERTIFIED, "SCHED-CERT-1", 730);

    scheduleFiresOnDay(6);
    assertCycles("sched-initial", 0);
    assertCycles("sched-certified", 0);
    assertCycles("sched-uncertified", 0);

    scheduleFiresOnDay(7);
    assertCycles("sched-initial", 1);
    assertCycles("sched-certified", 0);
    assertCycles("sched-uncertified", 0);

    scheduleFiresOnDay(13);
    assertCycles("sched-initial", 1);
    assertCycles("sched-certified", 0);

    scheduleFiresOnDay(14);
    assertCycles("sched-initial", 2);
    assertCycles("sched-certified", 1);
    // no certification: the program-wide peer-supervision.cycle.cadence (P14D)
    assertCycles("sched-uncertified", 1);

    HistoricProcessInstance schedule = lastSchedule();
    assertThat(schedule.getEndActivityId()).isEqualTo("Event_CyclesStarted");
    assertThat(scheduleVariable(schedule, "cyclesStarted")).isInstanceOf(Integer.class);
    // the started cycle waits for its supervisor, as a cycle started by hand does
    assertThat(processEngine.getTaskService().createTaskQuery().processDefinitionKey("supervision-cycle")
        .taskDefinitionKey("Task_AssignPrompts").taskAssignee("sched-supervisor")
        .processVariableValueEquals("specialistId", "sched-certified").count()).isEqualTo(1);
    // the timer is rescheduled for the next day's look
    assertThat(processEngine.getManagementService().createJobQuery().processDefinitionKey("supervision-schedule")
        .timers().count()).isEqualTo(1);
  }

  @Test
  void aCycleStartedByTheSupervisorCountsAsTheLastOne() {
    supervisedFromToday("sched-by-hand");
    certify("sched-by-hand", CertificationStage.INITIAL, "SCHED-HAND-1", 365);
    ClockUtil.setCurrentTime(at(3));
    processEngine.getRuntimeService().startProcessInstanceByKey("supervision-cycle",
        java.util.Map.of(CycleVariables.SPECIALIST_ID, "sched-by-hand"));

    scheduleFiresOnDay(7);
    assertCycles("sched-by-hand", 1);

    scheduleFiresOnDay(10);
    assertCycles("sched-by-hand", 2);
  }

  @Test
  void recordingAFullCertificationChangesTheCadence() {
    supervisedFromToday("sched-promoted");
    certify("sched-promoted", CertificationStage.INITIAL, "SCHED-PROM-1", 365);

    scheduleFiresOnDay(7);
    assertCycles("sched-promoted", 1);

    // fully certified now (the certification expiring last): every 14 days from the last cycle
    certify("sched-promoted", CertificationStage.CERTIFIED, "SCHED-PROM-2", 730);
    scheduleFiresOnDay(14);
    assertCycles("sched-promoted", 1);
    scheduleFiresOnDay(20);
    assertCycles("sched-promoted", 1);
    scheduleFiresOnDay(21);
    assertCycles("sched-promoted", 2);
  }

  @Test
  void theScheduleLooksEveryDay() {
    assertThat(cycleTimers.scheduleCycle()).isEqualTo("R/P1D");
    assertThat(processEngine.getManagementService().createJobQuery().processDefinitionKey("supervision-schedule")
        .timers().count()).isEqualTo(1);
  }

  private void scheduleFiresOnDay(int day) {
    ClockUtil.setCurrentTime(at(day));
    Job timer = processEngine.getManagementService().createJobQuery().processDefinitionKey("supervision-schedule")
        .timers().singleResult();
    processEngine.getManagementService().executeJob(timer.getId());
  }

  private void assertCycles(String specialist, long expected) {
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("supervision-cycle").variableValueEquals("specialistId", specialist).count())
        .as("cycles of " + specialist).isEqualTo(expected);
  }

  private HistoricProcessInstance lastSchedule() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("supervision-schedule").finished().orderByProcessInstanceEndTime().desc()
        .listPage(0, 1).get(0);
  }

  private Object scheduleVariable(HistoricProcessInstance schedule, String name) {
    return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(schedule.getId()).variableName(name).singleResult().getValue();
  }

  /** 09:00 on the day that many days from today, by the engine's clock. */
  private Date at(int day) {
    return Date.from(today.plusDays(day).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  private void certify(String specialist, CertificationStage stage, String number, int expiresInDays) {
    credentials.recordCertification(specialist, new Credentials.CertificationDetails("State Certification Board",
        "Peer Specialist", number, stage, today.minusMonths(1)), today.plusDays(expiresInDays), specialist);
  }

  private void supervisedFromToday(String specialist) {
    user("sched-supervisor", ProgramRoles.SUPERVISORS);
    user(specialist, ProgramRoles.SPECIALISTS);
    relationships.assign("sched-supervisor", specialist, today);
  }

  private void user(String id, String group) {
    IdentityService identity = processEngine.getIdentityService();
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setFirstName("Schedule");
      user.setLastName(id);
      user.setPassword("right-" + id);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }
}
