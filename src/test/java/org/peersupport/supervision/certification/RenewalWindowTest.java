package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No renewal task and no reminder before a certification's renewal window (it opens on the day of the
 * earliest reminder, peer-supervision.certification.remind-days-before-expiry: 90 days before the
 * expiry as shipped). A certification recorded two years before its expiry waits without a process; one
 * inside its window gets its renewal task at once; the hourly check starts the waiting one on the day its
 * window opens, once.
 */
@ProcessTest
class RenewalWindowTest {

  @Autowired Engine engine;
  @Autowired Credentials credentials;
  @Autowired Certifications certifications;
  @Autowired RenewalWindows windows;
  @Autowired CertificationTimers timers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private Certification recordedFor(String specialistId, LocalDate expiresOn) {
    return credentials.recordCertification(specialistId, new Credentials.CertificationDetails(
        "State Certification Board", "Certified Peer Specialist", "CPS-W-" + UUID.randomUUID().toString().substring(0, 8),
        CertificationStage.CERTIFIED, LocalDate.now().minusYears(1)), expiresOn, specialistId);
  }

  /** The specialist's open tasks of this certification's renewal (renewal and reminders). */
  private List<Task> tasksOf(String specialistId, Certification certification) {
    return engine.as(specialistId, () -> taskService.createTaskQuery().taskAssignee(specialistId)
        .processInstanceBusinessKey("certification-" + certification.getId()).list());
  }

  private long processesOf(Certification certification) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("certification-renewal")
        .processInstanceBusinessKey("certification-" + certification.getId()).count();
  }

  @Test
  void theWindowIsTheEarliestReminder() {
    assertThat(timers.windowDays()).isEqualTo(90);
    assertThat(timers.windowOpensOn(LocalDate.of(2028, 12, 8))).isEqualTo(LocalDate.of(2028, 9, 9));
  }

  @Test
  void aCertificationExpiringInTwoYearsGetsNoTaskNowAndItsRenewalStartsWhenTheWindowOpens() {
    LocalDate expiry = LocalDate.now().plusYears(2);
    Certification certification = recordedFor("jordan", expiry);

    assertThat(certification.getProcessInstanceId()).isNull();
    assertThat(processesOf(certification)).isZero();
    assertThat(tasksOf("jordan", certification)).as("no renewal task 21 months early").isEmpty();

    // the day before the window opens, still nothing
    assertThat(windows.startDueRenewals(expiry.minusDays(91))).doesNotContain(certification.getId());
    assertThat(processesOf(certification)).isZero();

    // the day it opens: the renewal task, and the reminder of that day ahead
    assertThat(windows.startDueRenewals(expiry.minusDays(90))).contains(certification.getId());
    Certification started = certifications.findById(certification.getId()).orElseThrow();
    assertThat(started.getProcessInstanceId()).isNotNull();
    assertThat(tasksOf("jordan", certification)).singleElement()
        .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RenewCertification"));

    // once
    assertThat(windows.startDueRenewals(expiry.minusDays(90))).doesNotContain(certification.getId());
    assertThat(processesOf(certification)).isEqualTo(1);
  }

  @Test
  void aCertificationInsideItsWindowGetsItsRenewalTaskAtOnce() {
    Certification certification = recordedFor("jordan", LocalDate.now().plusDays(60));

    assertThat(certification.getProcessInstanceId()).isNotNull();
    assertThat(tasksOf("jordan", certification)).singleElement()
        .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RenewCertification"));
  }

  @Test
  void onTheDayTheWindowOpensTheRenewalStartsAtOnce() {
    Certification certification = recordedFor("jordan", LocalDate.now().plusDays(90));

    assertThat(certification.getProcessInstanceId()).isNotNull();
    assertThat(tasksOf("jordan", certification)).hasSize(1);
  }

  @Test
  void afterARenewalTheNextPeriodsTaskWaitsForItsWindowThenOpensOnce() {
    LocalDate expiry = LocalDate.now().plusDays(40);
    Certification certification = recordedFor("jordan", expiry);
    String renewal = certification.getProcessInstanceId();
    LocalDate newExpiry = expiry.plusYears(2);

    engine.submit("jordan", renewal, "Task_RenewCertification", CertificationFormSamples.renewed(newExpiry));

    assertThat(tasksOf("jordan", certification)).as("no renewal task two years early").isEmpty();
    assertThat(processesOf(certification)).isEqualTo(1);
    assertThat(windows.openHeldRenewalTasks(newExpiry.minusDays(91))).doesNotContain(renewal);
    assertThat(tasksOf("jordan", certification)).isEmpty();

    assertThat(windows.openHeldRenewalTasks(newExpiry.minusDays(90))).contains(renewal);
    assertThat(tasksOf("jordan", certification)).singleElement()
        .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RenewCertification"));
    assertThat(windows.openHeldRenewalTasks(newExpiry.minusDays(90))).doesNotContain(renewal);
    assertThat(windows.holdEarlyRenewalTasks(newExpiry.minusDays(90))).as("inside its window: kept")
        .doesNotContain(renewal);
    assertThat(tasksOf("jordan", certification)).hasSize(1);

    // the task renews as ever
    engine.submit("jordan", renewal, "Task_RenewCertification", CertificationFormSamples.renewed(newExpiry.plusYears(2)));
    assertThat(certifications.findById(certification.getId()).orElseThrow().getExpiresOn())
        .isEqualTo(newExpiry.plusYears(2));
    assertThat(tasksOf("jordan", certification)).isEmpty();
  }

  @Test
  void aLaterExpiryFromTheRosterWhileTheTaskIsHeldIsRecordedThroughTheProcess() {
    LocalDate expiry = LocalDate.now().plusDays(40);
    Certification certification = recordedFor("jordan", expiry);
    String renewal = certification.getProcessInstanceId();
    engine.submit("jordan", renewal, "Task_RenewCertification", CertificationFormSamples.renewed(expiry.plusYears(2)));
    assertThat(tasksOf("jordan", certification)).isEmpty();

    credentials.recordRenewal(certification.getId(), expiry.plusYears(3), "Renewal recorded from the roster.");

    Certification renewed = certifications.findById(certification.getId()).orElseThrow();
    assertThat(renewed.getExpiresOn()).isEqualTo(expiry.plusYears(3));
    assertThat(runtimeService.getVariable(renewal, "certificationExpiresOn")).isEqualTo(expiry.plusYears(3).toString());
    assertThat(tasksOf("jordan", certification)).as("held back again").isEmpty();
  }

  @Test
  void aLaterExpiryBeforeTheWindowMovesTheExpiryWithoutATask() {
    LocalDate expiry = LocalDate.now().plusYears(2);
    Certification certification = recordedFor("jordan", expiry);

    credentials.recordRenewal(certification.getId(), expiry.plusYears(1), "Renewal recorded from the roster.");

    Certification renewed = certifications.findById(certification.getId()).orElseThrow();
    assertThat(renewed.getExpiresOn()).isEqualTo(expiry.plusYears(1));
    assertThat(renewed.getRenewalEvidence()).isEqualTo("Renewal recorded from the roster.");
    assertThat(renewed.getProcessInstanceId()).isNull();
    assertThat(tasksOf("jordan", certification)).isEmpty();
    // its window moved with it
    assertThat(windows.startDueRenewals(expiry.minusDays(90))).doesNotContain(certification.getId());
  }
}
