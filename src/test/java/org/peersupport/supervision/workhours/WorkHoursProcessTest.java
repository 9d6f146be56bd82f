package org.peersupport.supervision.workhours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.peersupport.supervision.validation.PlainText;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of work-hours-sign-off, on the real engine and database, as the demo users: alex submits
 * supervised work hours, maria (alex's supervisor) signs them off or returns them; the reminder and the
 * program leads' follow-up when the sign-off waits (engine clock).
 */
@ProcessTest
class WorkHoursProcessTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired WorkHourEntries entries;

  final LocalDate yesterday = LocalDate.now().minusDays(1);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance submitAs(String specialist, Map<String, Object> form) {
    return engine.as(specialist, () -> (ProcessInstance) processEngine.getFormService()
        .submitStartForm(processEngine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("work-hours-sign-off").latestVersion().singleResult().getId(), form));
  }

  private ProcessInstance awaitingSignOff() {
    ProcessInstance signOff = submitAs("alex", WorkHoursForms.start(yesterday, "6.5"));
    assertThat(signOff).hasPassed("Task_RecordWorkHours").isWaitingAt("Task_SignOffWorkHours")
        .task().isAssignedTo("maria");
    return signOff;
  }

  private List<WorkHourEntry> entriesOf(ProcessInstance instance) {
    return entries.findByProcessInstanceIdOrderByIdAsc(instance.getId());
  }

  @Test
  void signedOffHoursAreFinalAndCountInTheLedger() {
    ProcessInstance signOff = awaitingSignOff();
    assertThat(entriesOf(signOff)).extracting(WorkHourEntry::getStatus)
        .containsExactly(WorkHourStatus.SUBMITTED, WorkHourStatus.SUBMITTED);
    assertThat((String) processEngine.getRuntimeService().getVariable(signOff.getId(), "entriesSummary"))
        .contains(PlainText.markdown(Dates.shown(yesterday) + ": 6.5 h, one-to-one peer support (" + WorkHoursForms.NOTE + ")"))
        .contains(PlainText.markdown(Dates.shown(yesterday.minusDays(1)) + ": 2 h, documentation"));
    assertThat(processEngine.getRuntimeService().getVariable(signOff.getId(), "submittedHours")).isEqualTo("8.5");

    engine.submit("maria", signOff.getId(), "Task_SignOffWorkHours", WorkHoursForms.signOff());

    assertThat(signOff).isEnded().hasPassed("Gateway_SignOffDecision", "Event_WorkHoursSignedOff")
        .hasNotPassed("Task_CorrectWorkHours");
    List<WorkHourEntry> signed = entriesOf(signOff);
    assertThat(signed).allSatisfy(entry -> {
      assertThat(entry.getStatus()).isEqualTo(WorkHourStatus.SIGNED_OFF);
      assertThat(entry.getSignedBy()).isEqualTo("maria");
      assertThat(entry.getSignedAt()).isNotNull();
      assertThat(entry.getSpecialistId()).isEqualTo("alex");
    });
    assertThat(signed).extracting(WorkHourEntry::getHours).containsExactly(new BigDecimal("6.50"), new BigDecimal("2.00"));

    // final: neither returned nor removed afterwards
    WorkHourEntry first = signed.get(0);
    assertThatThrownBy(() -> first.returnForCorrection("maria", java.time.Instant.now(), "too late"))
        .isInstanceOf(SignedWorkHoursException.class);
    assertThatThrownBy(() -> entries.delete(first)).hasStackTraceContaining("SignedWorkHoursException");
    assertThat(entries.findById(first.getId())).isPresent();
  }

  @Test
  void returnedHoursAreCorrectedResubmittedAndSignedOff() {
    ProcessInstance signOff = awaitingSignOff();

    engine.submit("maria", signOff.getId(), "Task_SignOffWorkHours",
        WorkHoursForms.returned("Please split the group hours from the one-to-one hours."));

    assertThat(signOff).hasPassed("Gateway_SignOffDecision").isWaitingAt("Task_CorrectWorkHours").task().isAssignedTo("alex");
    assertThat(entriesOf(signOff)).allSatisfy(entry -> {
      assertThat(entry.getStatus()).isEqualTo(WorkHourStatus.RETURNED);
      assertThat(entry.getReturnReason()).startsWith("Please split");
    });

    engine.submit("alex", signOff.getId(), "Task_CorrectWorkHours", WorkHoursForms.resubmit(yesterday, "4"));

    assertThat(signOff).hasPassed("Task_CorrectWorkHours", "Gateway_CorrectionDecision").isWaitingAt("Task_SignOffWorkHours").task().isAssignedTo("maria");
    // the last decision is cleared: the supervisor's form opens empty
    assertThat(processEngine.getRuntimeService().getVariables(signOff.getId()))
        .doesNotContainKeys("signOffDecision", "returnReason", "correctionDecision")
        .containsEntry("submittedHours", "6");
    engine.submit("maria", signOff.getId(), "Task_SignOffWorkHours", WorkHoursForms.signOff());

    assertThat(signOff).isEnded().hasPassed("Event_WorkHoursSignedOff");
    assertThat(entriesOf(signOff)).extracting(WorkHourEntry::getStatus, WorkHourEntry::getHours).containsExactly(
        org.assertj.core.groups.Tuple.tuple(WorkHourStatus.RETURNED, new BigDecimal("6.50")),
        org.assertj.core.groups.Tuple.tuple(WorkHourStatus.RETURNED, new BigDecimal("2.00")),
        org.assertj.core.groups.Tuple.tuple(WorkHourStatus.SIGNED_OFF, new BigDecimal("4.00")),
        org.assertj.core.groups.Tuple.tuple(WorkHourStatus.SIGNED_OFF, new BigDecimal("2.00")));
  }

  @Test
  void entriesSentAsTextByTheStartDialogAreThereToCorrectAsRows() {
    // Tasklist's start dialog sends a list as JSON text, a task form as a JSON value
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("entries", "[{\"workedOn\":\"" + yesterday + "\",\"hours\":3,\"activity\":\"GROUP_FACILITATION\",\"note\":\"\"}]");
    ProcessInstance signOff = submitAs("alex", form);
    engine.submit("maria", signOff.getId(), "Task_SignOffWorkHours", WorkHoursForms.returned("The group ran for two hours."));

    assertThat(signOff).isWaitingAt("Task_CorrectWorkHours");
    String task = processEngine.getTaskService().createTaskQuery().processInstanceId(signOff.getId()).singleResult().getId();
    org.camunda.bpm.engine.variable.value.TypedValue entries = processEngine.getFormService()
        .getTaskFormVariables(task).getValueTyped("entries");
    assertThat(entries.getType().getName()).isEqualTo("json");
    assertThat(entries.getValue().toString()).contains("\"hours\":3").contains("GROUP_FACILITATION");
  }

  @Test
  void returnedHoursCanBeWithdrawn() {
    ProcessInstance signOff = awaitingSignOff();
    engine.submit("maria", signOff.getId(), "Task_SignOffWorkHours", WorkHoursForms.returned("These were not supervised."));

    engine.submit("alex", signOff.getId(), "Task_CorrectWorkHours", WorkHoursForms.withdraw());

    assertThat(signOff).isEnded().hasPassed("Gateway_CorrectionDecision", "Event_WorkHoursWithdrawn");
    assertThat(entriesOf(signOff)).extracting(WorkHourEntry::getStatus)
        .containsOnly(WorkHourStatus.RETURNED);
  }

  @Test
  void supervisorIsRemindedWhenHoursWaitForSignOff() {
    Date submitted = ClockUtil.getCurrentTime();
    ProcessInstance signOff = awaitingSignOff();
    Job reminder = timer(signOff, "Event_SignOffReminderDue");
    // default: three days after the hours reached the supervisor
    assertThat(Duration.between(submitted.toInstant(), reminder.getDuedate().toInstant()))
        .isBetween(Duration.ofDays(3), Duration.ofDays(3).plusMinutes(1));

    ClockUtil.setCurrentTime(reminder.getDuedate());
    engine.fireTimer(signOff.getId(), "Event_SignOffReminderDue");

    assertThat(signOff).hasPassed("Task_RemindSupervisorOfWorkHours", "Event_SupervisorReminded")
        .isWaitingAt("Task_SignOffWorkHours");
    Task task = engine.task(signOff.getId(), "Task_SignOffWorkHours");
    assertThat(task.getPriority()).isEqualTo(RemindSupervisorOfWorkHours.REMINDED_PRIORITY);
    assertThat(processEngine.getTaskService().getTaskComments(task.getId()))
        .singleElement().satisfies(c -> assertThat(c.getFullMessage()).startsWith("Reminder"));
    assertThat(processEngine.getRuntimeService().getVariable(signOff.getId(), "remindersSent")).isEqualTo(1);
  }

  @Test
  void overdueSignOffIsEscalatedToProgramLeadsWithoutTheEntries() {
    Date submitted = ClockUtil.getCurrentTime();
    ProcessInstance signOff = awaitingSignOff();
    Job overdue = timer(signOff, "Event_SignOffOverdue");
    assertThat(Duration.between(submitted.toInstant(), overdue.getDuedate().toInstant()))
        .isBetween(Duration.ofDays(7), Duration.ofDays(7).plusMinutes(1));

    ClockUtil.setCurrentTime(overdue.getDuedate());
    engine.fireTimer(signOff.getId(), "Event_SignOffOverdue");

    assertThat(signOff).hasPassed("Task_EscalateUnsignedWorkHours", "Event_ProgramLeadsAsked")
        .isWaitingAt("Task_SignOffWorkHours");
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(signOff.getId()).singleResult();
    assertThat(followUp).isWaitingAt("Task_FollowUp").task().hasCandidateGroup(ProgramRoles.PROGRAM_LEADS);
    assertThat(processEngine.getRuntimeService().getVariables(followUp.getId()))
        .containsKeys("specialistName", "supervisorName", "followUpReason")
        .containsEntry("followUpSubject", "Supervised work hours waiting for sign-off")
        .containsEntry("specialistId", "alex").containsEntry("supervisorId", "maria")
        .containsEntry("sourceReference", signOff.getId())
        .doesNotContainKeys("entries", "entriesSummary");
    engine.submit("robin", followUp.getId(), "Task_FollowUp",
        Map.of("followUpOutcome", "SPOKE_WITH_SUPERVISOR", "followUpNote", "Maria will sign them this week."));
    assertThat(followUp).isEnded();
  }

  @Test
  void returningWithoutAReasonIsRefusedAndNothingChanges() {
    ProcessInstance signOff = awaitingSignOff();
    Map<String, Object> noReason = WorkHoursForms.returned(null);
    noReason.remove("returnReason");

    assertThatThrownBy(() -> engine.submit("maria", signOff.getId(), "Task_SignOffWorkHours", noReason))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("returnReason");

    assertThat(signOff).isWaitingAt("Task_SignOffWorkHours");
    assertThat(entriesOf(signOff)).extracting(WorkHourEntry::getStatus).containsOnly(WorkHourStatus.SUBMITTED);
  }

  @Test
  void aSpecialistWithoutASupervisorCannotSubmitHours() {
    if (processEngine.getIdentityService().createUserQuery().userId("wh-unsupervised").count() == 0) {
      var user = processEngine.getIdentityService().newUser("wh-unsupervised");
      user.setPassword("right-wh-unsupervised");
      processEngine.getIdentityService().saveUser(user);
      processEngine.getIdentityService().createMembership("wh-unsupervised", ProgramRoles.SPECIALISTS);
    }
    long before = entries.count();

    assertThatThrownBy(() -> submitAs("wh-unsupervised", WorkHoursForms.start(yesterday, "3")))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("specialistId: has no active supervision relationship");
    assertThat(entries.count()).isEqualTo(before);
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activityId).timers().singleResult();
  }
}
