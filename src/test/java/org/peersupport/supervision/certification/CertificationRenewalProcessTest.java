package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.validation.FormRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of certification-renewal, on the real engine and database, as the demo users. Time moves
 * with the engine clock: a timer runs only when the clock has passed its due date (as the job executor
 * would run it), never with sleeps.
 */
@ProcessTest
class CertificationRenewalProcessTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired Credentials credentials;
  @Autowired Certifications certifications;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** alex records a certification expiring in {@code days} days; answers its renewal process. */
  private ProcessInstance certificationExpiringIn(int days) {
    Certification certification = credentials.recordCertification("alex", new Credentials.CertificationDetails(
        "State Certification Board", "Certified Peer Specialist", "CPS-" + UUID.randomUUID().toString().substring(0, 8),
        CertificationStage.CERTIFIED, LocalDate.now().minusYears(1)), LocalDate.now().plusDays(days), "alex");
    return processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(certification.getProcessInstanceId()).singleResult();
  }

  private Certification certificationOf(ProcessInstance renewal) {
    // the business key names the certification, also after the instance has ended
    long id = Long.parseLong(renewal.getBusinessKey().substring("certification-".length()));
    return certifications.findById(id).orElseThrow();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** Moves the engine clock and runs the instance's timers that are due by it; answers their job ids. */
  private List<String> clockPasses(ProcessInstance instance, Date time) {
    ClockUtil.setCurrentTime(time);
    List<Job> due = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().executable().list();
    for (Job job : due) {
      processEngine.getManagementService().executeJob(job.getId());
    }
    return due.stream().map(Job::getId).toList();
  }

  private Date timerDue(ProcessInstance instance, String activityId) {
    Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).timers().singleResult();
    assertThat(job).as("timer at " + activityId).isNotNull();
    return job.getDuedate();
  }

  private List<Task> openTasks(String user, ProcessInstance instance, String activityId) {
    return engine.as(user, () -> processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activityId).list());
  }

  @Test
  void recordingACertificationStartsItsRenewalWithTheNextReminderAhead() {
    ProcessInstance renewal = certificationExpiringIn(40);
    LocalDate expiry = LocalDate.now().plusDays(40);

    assertThat(renewal).isWaitingAt("Task_RenewCertification", "Event_ReminderDue")
        .hasPassed("Task_PlanNextReminder");
    assertThat(openTasks("alex", renewal, "Task_RenewCertification")).singleElement()
        .satisfies(task -> assertThat(task.getAssignee()).isEqualTo("alex"));
    // the 90-day reminder had already passed when it was recorded: the 30-day reminder is next
    assertThat(processEngine.getRuntimeService().getVariable(renewal.getId(), "nextReminderDaysBefore")).isEqualTo(30);
    assertThat(timerDue(renewal, "Event_ReminderDue")).isEqualTo(startOf(expiry.minusDays(30)));
    assertThat(timerDue(renewal, "Event_CertificationExpired")).isEqualTo(startOf(expiry.plusDays(1)));
  }

  @Test
  void thirtyDayReminderReachesSpecialistAndSupervisorWhenTheClockPassesIt() {
    ProcessInstance renewal = certificationExpiringIn(40);
    LocalDate expiry = LocalDate.now().plusDays(40);

    // a minute before the reminder's day, nothing is due
    assertThat(clockPasses(renewal, new Date(startOf(expiry.minusDays(30)).getTime() - 60_000))).isEmpty();
    assertThat(openTasks("alex", renewal, "Task_SpecialistReminder")).isEmpty();

    clockPasses(renewal, new Date(startOf(expiry.minusDays(30)).getTime() + 60_000));

    assertThat(renewal).hasPassed("Event_ReminderDue", "Task_RemindOfExpiry")
        .isWaitingAt("Task_RenewCertification", "Task_SpecialistReminder", "Task_SupervisorReminder", "Event_ReminderDue");
    assertThat(openTasks("alex", renewal, "Task_SpecialistReminder")).singleElement()
        .satisfies(task -> assertThat(task.getName()).isEqualTo("Your certification expires on " + Dates.shown(expiry)));
    assertThat(openTasks("maria", renewal, "Task_SupervisorReminder")).singleElement()
        .satisfies(task -> {
          assertThat(task.getAssignee()).isEqualTo("maria");
          assertThat(task.getName()).isEqualTo("Alex Morgan's certification expires on " + Dates.shown(expiry));
        });
    // david supervises someone else: he sees none of it
    assertThat(openTasks("david", renewal, "Task_SupervisorReminder")).isEmpty();
    Task renewalTask = engine.task(renewal.getId(), "Task_RenewCertification");
    assertThat(renewalTask.getPriority()).isEqualTo(RemindOfExpiry.REMINDED_PRIORITY);
    assertThat(processEngine.getTaskService().getTaskComments(renewalTask.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).contains(expiry.toString()));
    // the next reminder is the 7-day one
    assertThat(timerDue(renewal, "Event_ReminderDue")).isEqualTo(startOf(expiry.minusDays(7)));
  }

  @Test
  void acknowledgedRemindersEndTheirBranches() {
    ProcessInstance renewal = certificationExpiringIn(40);
    LocalDate expiry = LocalDate.now().plusDays(40);
    clockPasses(renewal, startOf(expiry.minusDays(30)));

    engine.submit("alex", renewal.getId(), "Task_SpecialistReminder", Map.of());
    engine.submit("maria", renewal.getId(), "Task_SupervisorReminder", Map.of());

    assertThat(renewal).hasPassed("Event_SpecialistReminded", "Event_SupervisorReminded")
        .isWaitingAt("Task_RenewCertification", "Event_ReminderDue");
  }

  @Test
  void everyConfiguredReminderFiresThenNoReminderIsAhead() {
    // recorded on the day its window opens (90 days before the expiry): the first reminder is today's
    ProcessInstance renewal = certificationExpiringIn(90);
    LocalDate expiry = LocalDate.now().plusDays(90);

    assertThat(clockPasses(renewal, startOf(expiry.minusDays(90)))).hasSize(1);
    assertThat(timerDue(renewal, "Event_ReminderDue")).isEqualTo(startOf(expiry.minusDays(30)));
    assertThat(clockPasses(renewal, startOf(expiry.minusDays(30)))).hasSize(1);
    assertThat(timerDue(renewal, "Event_ReminderDue")).isEqualTo(startOf(expiry.minusDays(7)));
    assertThat(clockPasses(renewal, startOf(expiry.minusDays(7)))).hasSize(1);

    assertThat(renewal).hasPassed("Event_NoReminderAhead").isWaitingAt("Task_RenewCertification");
    assertThat(processEngine.getRuntimeService().getVariable(renewal.getId(), "remindersSent")).isEqualTo(3);
    assertThat(openTasks("alex", renewal, "Task_SpecialistReminder")).hasSize(3);
    assertThat(openTasks("maria", renewal, "Task_SupervisorReminder")).hasSize(3);
  }

  @Test
  void expiryWithoutRenewalFlagsTheCertificationAndAsksProgramLeads() {
    ProcessInstance renewal = certificationExpiringIn(5);
    LocalDate expiry = LocalDate.now().plusDays(5);
    // recorded 5 days before expiry: every reminder's day has passed, none is ahead
    assertThat(renewal).hasPassed("Event_NoReminderAhead");

    // on the expiry date itself the certification is still valid
    assertThat(clockPasses(renewal, new Date(startOf(expiry.plusDays(1)).getTime() - 60_000))).isEmpty();
    clockPasses(renewal, startOf(expiry.plusDays(1)));

    assertThat(renewal).hasPassed("Event_CertificationExpired", "Task_FlagExpiredCertification",
        "Task_EscalateExpiredCertification", "Event_ProgramLeadsAsked").isWaitingAt("Task_RenewCertification");
    Certification certification = certificationOf(renewal);
    assertThat(certification.getStatus()).isEqualTo(CertificationStatus.EXPIRED);
    assertThat(certification.getExpiredAt()).isNotNull();
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(renewal.getId()).singleResult();
    assertThat(followUp).isWaitingAt("Task_FollowUp").task().hasCandidateGroup("program-leads");
    Map<String, Object> shared = processEngine.getRuntimeService().getVariables(followUp.getId());
    assertThat(shared).containsEntry("specialistId", "alex").containsEntry("supervisorId", "maria")
        .containsEntry("followUpSubject", "Certification expired").containsEntry("sourceReference", renewal.getId())
        .doesNotContainKeys("renewalEvidence", "credentialNumber");
    assertThat((String) shared.get("followUpReason")).contains("expired on " + Dates.shown(expiry) + " ")
        .contains("'Certified Peer Specialist'");
    // robin (program lead) sees the follow-up, not the specialist's renewal task
    List<Task> robinSees = engine.as("robin", () -> processEngine.getTaskService().createTaskQuery().list());
    assertThat(robinSees).extracting(Task::getProcessInstanceId).contains(followUp.getId()).doesNotContain(renewal.getId());
  }

  @Test
  void renewalRecordsTheNewExpiryAndStartsTheNextRenewalPeriod() {
    ProcessInstance renewal = certificationExpiringIn(40);
    LocalDate expiry = LocalDate.now().plusDays(40);
    clockPasses(renewal, startOf(expiry.minusDays(30)));
    LocalDate newExpiry = expiry.plusYears(2);

    engine.submit("alex", renewal.getId(), "Task_RenewCertification", CertificationFormSamples.renewed(newExpiry));

    // the next period's renewal task waits for its window, 90 days before the new expiry
    assertThat(renewal).hasPassed("Event_RenewalAnswered", "Gateway_RenewalDecision")
        .isWaitingAt("Event_ReminderDue").isNotWaitingAt("Task_RenewCertification");
    assertThat(openTasks("alex", renewal, "Task_RenewCertification")).isEmpty();
    // the reminders of the last period ended with it
    assertThat(openTasks("alex", renewal, "Task_SpecialistReminder")).isEmpty();
    assertThat(openTasks("maria", renewal, "Task_SupervisorReminder")).isEmpty();
    Certification certification = certificationOf(renewal);
    assertThat(certification.getExpiresOn()).isEqualTo(newExpiry);
    assertThat(certification.getRenewalEvidence()).startsWith("Renewal letter");
    assertThat(certification.getRenewedAt()).isNotNull();
    assertThat(certification.getStatus()).isEqualTo(CertificationStatus.CURRENT);
    assertThat(timerDue(renewal, "Event_ReminderDue")).isEqualTo(startOf(newExpiry.minusDays(90)));
    assertThat(timerDue(renewal, "Event_CertificationExpired")).isEqualTo(startOf(newExpiry.plusDays(1)));
    // the next renewal form opens empty
    assertThat(processEngine.getRuntimeService().getVariables(renewal.getId()))
        .doesNotContainKeys("renewalDecision", "newExpiresOn", "renewalEvidence");
  }

  @Test
  void renewalAfterExpiryClearsTheExpiredFlag() {
    ProcessInstance renewal = certificationExpiringIn(3);
    LocalDate expiry = LocalDate.now().plusDays(3);
    clockPasses(renewal, startOf(expiry.plusDays(2)));
    assertThat(certificationOf(renewal).isExpired()).isTrue();

    engine.submit("alex", renewal.getId(), "Task_RenewCertification",
        CertificationFormSamples.renewed(LocalDate.now().plusYears(2)));

    assertThat(certificationOf(renewal).getStatus()).isEqualTo(CertificationStatus.CURRENT);
    assertThat(certificationOf(renewal).getExpiredAt()).isNull();
    assertThat(renewal).isWaitingAt("Event_ReminderDue").isNotWaitingAt("Task_RenewCertification");
  }

  @Test
  void notRenewingClosesTheCertificationAndTellsProgramLeads() {
    ProcessInstance renewal = certificationExpiringIn(40);

    engine.submit("alex", renewal.getId(), "Task_RenewCertification", CertificationFormSamples.notRenewing());

    assertThat(renewal).isEnded().hasPassed("Task_CloseCertification", "Event_CertificationClosed");
    assertThat(certificationOf(renewal).getStatus()).isEqualTo(CertificationStatus.NOT_RENEWED);
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(renewal.getId()).singleResult();
    assertThat(processEngine.getRuntimeService().getVariables(followUp.getId()))
        .containsEntry("followUpSubject", "Certification will not be renewed")
        .containsEntry("specialistId", "alex").containsEntry("supervisorId", "maria")
        .containsEntry("sourceReference", renewal.getId());
    assertThat((String) processEngine.getRuntimeService().getVariable(followUp.getId(), "followUpReason"))
        .contains("(it expires on " + Dates.shown(certificationOf(renewal).getExpiresOn()) + ")");
  }

  @Test
  void renewalNotLaterThanTheCurrentExpiryIsRefusedAndChangesNothing() {
    ProcessInstance renewal = certificationExpiringIn(40);
    LocalDate expiry = LocalDate.now().plusDays(40);

    assertThatThrownBy(() -> engine.submit("alex", renewal.getId(), "Task_RenewCertification",
        CertificationFormSamples.renewed(expiry)))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("newExpiresOn");

    assertThat(renewal).isWaitingAt("Task_RenewCertification");
    assertThat(certificationOf(renewal).getExpiresOn()).isEqualTo(expiry);
    assertThat(certificationOf(renewal).getRenewalEvidence()).isNull();
  }

  @Test
  void renewalWithoutEvidenceIsRefused() {
    ProcessInstance renewal = certificationExpiringIn(40);
    Map<String, Object> form = CertificationFormSamples.renewed(LocalDate.now().plusYears(2));
    form.remove("renewalEvidence");

    assertThatThrownBy(() -> engine.submit("alex", renewal.getId(), "Task_RenewCertification", form))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("renewalEvidence");
    assertThat(renewal).isWaitingAt("Task_RenewCertification");
  }

  @Test
  void onlyTheSpecialistCompletesTheRenewal() {
    ProcessInstance renewal = certificationExpiringIn(40);

    assertThatThrownBy(() -> engine.submit("maria", renewal.getId(), "Task_RenewCertification",
        CertificationFormSamples.renewed(LocalDate.now().plusYears(2))))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThat(renewal).isWaitingAt("Task_RenewCertification");
  }
}
