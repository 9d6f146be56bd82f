package org.peersupport.supervision.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.validation.FormRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of supervision-cycle, on the real engine and database, as the demo users. */
@ProcessTest
class SupervisionCycleProcessTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired SupervisionSessions sessions;
  @Autowired WellnessCheckIns wellness;
  @Autowired CompetencySelfAssessments assessments;
  @Autowired SupervisionHistory history;
  @Autowired org.peersupport.supervision.people.Relationships relationships;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance startFor(String supervisor, String specialist) {
    return engine.as(supervisor, () -> (ProcessInstance) processEngine.getFormService()
        .submitStartForm(processEngine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("supervision-cycle").latestVersion().singleResult().getId(),
            CycleForms.start(specialist)));
  }

  /** A cycle started by maria for alex, with prompts assigned, waiting for alex's reflection. */
  private ProcessInstance cycleAwaitingReflection(LocalDate due) {
    ProcessInstance cycle = startFor("maria", "alex");
    assertThat(cycle).isWaitingAt("Task_AssignPrompts").task().isAssignedTo("maria");
    engine.submit("maria", cycle.getId(), "Task_AssignPrompts", CycleForms.assignPrompts(due));
    assertThat(cycle).isWaitingAt("Task_CompleteReflection").task().isAssignedTo("alex");
    return cycle;
  }

  private ProcessInstance cycleAwaitingReview(boolean wellnessConcern) {
    ProcessInstance cycle = cycleAwaitingReflection(LocalDate.now().plusDays(7));
    engine.submit("alex", cycle.getId(), "Task_CompleteReflection", CycleForms.reflection());
    assertThat(cycle).isWaitingAt("Task_RecordSession").task().isAssignedTo("maria");
    engine.submit("maria", cycle.getId(), "Task_RecordSession", CycleForms.sessionRecord(wellnessConcern));
    assertThat(cycle).isWaitingAt("Task_ReviewSessionRecord").task().isAssignedTo("alex");
    return cycle;
  }

  @Test
  void signedRecordCompletesTheCycleAndCountsTowardTheMonth() {
    ProcessInstance cycle = cycleAwaitingReview(false);
    long before = signedMinutesThisMonth("alex");

    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.acknowledge());

    assertThat(cycle).isEnded().hasPassed("Task_FinalizeSessionRecord", "Event_CycleCompleted")
        .hasNotPassed("Task_AgreeWellnessPlan");
    SupervisionSession session = sessions.findByProcessInstanceId(cycle.getId()).orElseThrow();
    assertThat(session.isAttested()).isTrue();
    assertThat(session.getSupervisorId()).isEqualTo("maria");
    assertThat(session.getDurationMinutes()).isEqualTo(60);
    assertThat(session.getTopics()).containsExactlyInAnyOrder(SupervisionTopic.BOUNDARIES, SupervisionTopic.SELF_DISCLOSURE);
    assertThat(session.getActionItems()).singleElement().satisfies(item -> {
      assertThat(item.getOwner()).isEqualTo(ActionItemOwner.SPECIALIST);
      assertThat(item.getWhat()).startsWith("Practise");
    });
    assertThat(signedMinutesThisMonth("alex")).isEqualTo(before + 60);
    assertThat(assessments.findByProcessInstanceId(cycle.getId())).hasSize(12);
    WellnessCheckIn checkIn = wellness.findByProcessInstanceId(cycle.getId()).orElseThrow();
    assertThat(checkIn.getSelfRating()).isEqualTo(4);
    assertThat(checkIn.isConcernRaised()).isFalse();
  }

  @Test
  void anActionItemCanAskForAReflectionWhichStartsWhenTheRecordIsSigned() {
    ProcessInstance cycle = cycleAwaitingReflection(LocalDate.now().plusDays(7));
    engine.submit("alex", cycle.getId(), "Task_CompleteReflection", CycleForms.reflection());
    Map<String, Object> record = CycleForms.sessionRecord(false);
    record.put("actionItems", CycleForms.json("[{\"what\":\"Reflect on the gift you were offered\",\"owner\":\"SPECIALIST\","
        + "\"dueDate\":\"" + LocalDate.now().plusDays(7) + "\",\"assignsReflection\":true},"
        + "{\"what\":\"Read the boundaries guide\",\"owner\":\"SPECIALIST\",\"dueDate\":\"" + LocalDate.now().plusDays(7) + "\"}]"));
    engine.submit("maria", cycle.getId(), "Task_RecordSession", record);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("disclosure-reflection")
        .processInstanceBusinessKey(cycle.getId()).count()).as("nothing before the record is signed").isZero();

    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.acknowledge());

    ProcessInstance reflection = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("disclosure-reflection").processInstanceBusinessKey(cycle.getId()).singleResult();
    assertThat(reflection).isNotNull();
    assertThat(reflection).isWaitingAt("Task_WriteReflection").task().isAssignedTo("alex");
    assertThat(processEngine.getRuntimeService().getVariable(reflection.getId(), "reflectionRequest"))
        .isEqualTo("Reflect on the gift you were offered");
    assertThat(processEngine.getRuntimeService().getVariable(reflection.getId(), "supervisorId")).isEqualTo("maria");
  }

  @Test
  void sentBackRecordReturnsToTheSupervisorAndIsNotFinalUntilSigned() {
    ProcessInstance cycle = cycleAwaitingReview(false);

    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.requestCorrection());

    assertThat(cycle).isWaitingAt("Task_RecordSession");
    assertThat(sessions.findByProcessInstanceId(cycle.getId()).orElseThrow().isAttested()).isFalse();
    Map<String, Object> corrected = CycleForms.sessionRecord(false);
    corrected.put("durationMinutes", 90);
    engine.submit("maria", cycle.getId(), "Task_RecordSession", corrected);
    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.acknowledge());

    assertThat(cycle).isEnded();
    SupervisionSession session = sessions.findByProcessInstanceId(cycle.getId()).orElseThrow();
    assertThat(session.getDurationMinutes()).isEqualTo(90);
    assertThat(session.isAttested()).isTrue();
  }

  @Test
  void wellnessConcernLeadsToASupportPlanTheSpecialistConfirms() {
    ProcessInstance cycle = cycleAwaitingReview(true);
    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.acknowledge());

    assertThat(cycle).hasPassed("Gateway_WellnessConcern").isWaitingAt("Task_AgreeWellnessPlan")
        .task().isAssignedTo("maria");
    engine.submit("maria", cycle.getId(), "Task_AgreeWellnessPlan", CycleForms.wellnessPlan());
    assertThat(cycle).isWaitingAt("Task_ConfirmWellnessPlan").task().isAssignedTo("alex");
    engine.submit("alex", cycle.getId(), "Task_ConfirmWellnessPlan", CycleForms.confirmPlan());

    assertThat(cycle).isEnded().hasPassed("Event_WellnessPlanConfirmed");
    WellnessCheckIn checkIn = wellness.findByProcessInstanceId(cycle.getId()).orElseThrow();
    assertThat(checkIn.isConcernRaised()).isTrue();
    assertThat(checkIn.getSupportPlan()).startsWith("Fewer evening groups");
    assertThat(checkIn.getPlanConfirmedAt()).isNotNull();
  }

  @Test
  void unconfirmedWellnessPlanIsRefusedAndStaysOpen() {
    ProcessInstance cycle = cycleAwaitingReview(true);
    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.acknowledge());
    engine.submit("maria", cycle.getId(), "Task_AgreeWellnessPlan", CycleForms.wellnessPlan());

    assertThatThrownBy(() -> engine.submit("alex", cycle.getId(), "Task_ConfirmWellnessPlan",
        Map.of("planConfirmed", false)))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("planConfirmed");
    assertThat(cycle).isWaitingAt("Task_ConfirmWellnessPlan");
  }

  @Test
  void reminderWhenTheDueDatePassesLeavesTheReflectionOpen() {
    LocalDate due = LocalDate.now().plusDays(2);
    ProcessInstance cycle = cycleAwaitingReflection(due);
    Task reflection = engine.task(cycle.getId(), "Task_CompleteReflection");
    assertThat(reflection.getDueDate()).isEqualTo(startOf(due.plusDays(1)));
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId("Event_ReflectionDue").singleResult().getDuedate()).isEqualTo(startOf(due.plusDays(1)));

    ClockUtil.setCurrentTime(startOf(due.plusDays(1)));
    engine.fireTimer(cycle.getId(), "Event_ReflectionDue");

    assertThat(cycle).hasPassed("Task_RemindSpecialist", "Event_SpecialistReminded").isWaitingAt("Task_CompleteReflection");
    Task reminded = engine.task(cycle.getId(), "Task_CompleteReflection");
    assertThat(reminded.getPriority()).isEqualTo(RemindSpecialist.REMINDED_PRIORITY);
    assertThat(processEngine.getTaskService().getTaskComments(reminded.getId()))
        .singleElement().satisfies(c -> assertThat(c.getFullMessage()).startsWith("Reminder"));
    assertThat(processEngine.getRuntimeService().getVariable(cycle.getId(), "remindersSent")).isEqualTo(1);
  }

  @Test
  void overdueReflectionIsEscalatedToProgramLeadsWithoutItsContent() {
    LocalDate due = LocalDate.now().plusDays(2);
    ProcessInstance cycle = cycleAwaitingReflection(due);
    // default grace period: 3 days after the due date
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId("Event_ReflectionOverdue").singleResult().getDuedate()).isEqualTo(startOf(due.plusDays(4)));

    ClockUtil.setCurrentTime(startOf(due.plusDays(4)));
    engine.fireTimer(cycle.getId(), "Event_ReflectionOverdue");

    assertThat(cycle).hasPassed("Task_EscalateOverdueReflection", "Event_ProgramLeadsAsked")
        .isWaitingAt("Task_CompleteReflection");
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(cycle.getId()).singleResult();
    assertThat(followUp).isWaitingAt("Task_FollowUp").task().hasCandidateGroup("program-leads");
    Map<String, Object> shared = processEngine.getRuntimeService().getVariables(followUp.getId());
    assertThat(shared).containsKeys("specialistName", "supervisorName", "followUpReason")
        .doesNotContainKeys("reflectionPrompts", "wellnessSelfRating", "disclosureSummary");

    List<Task> robinSees = engine.as("robin", () -> processEngine.getTaskService().createTaskQuery().list());
    assertThat(robinSees).extracting(Task::getProcessInstanceId).contains(followUp.getId()).doesNotContain(cycle.getId());
    engine.submit("robin", followUp.getId(), "Task_FollowUp",
        Map.of("followUpOutcome", "SPOKE_WITH_SUPERVISOR", "followUpNote", "Maria will check in with Alex."));
    assertThat(followUp).isEnded();
  }

  @Test
  void aSupervisorCannotStartACycleForSomeoneElsesSupervisee() {
    assertThatThrownBy(() -> startFor("maria", "casey"))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("specialistId: is not one of your supervisees");
  }

  @Test
  void aCycleNeedsAnActiveSupervisionRelationship() {
    assertThatThrownBy(() -> startFor("maria", "robin"))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("specialistId: has no active supervision relationship");
  }

  @Test
  void unansweredAssignedPromptIsRefusedAndNothingIsWritten() {
    ProcessInstance cycle = cycleAwaitingReflection(LocalDate.now().plusDays(7));
    Map<String, Object> reflection = CycleForms.reflection();
    reflection.remove("ownRecoveryAnswer");

    assertThatThrownBy(() -> engine.submit("alex", cycle.getId(), "Task_CompleteReflection", reflection))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("ownRecoveryAnswer: answer this prompt");
    assertThat(cycle).isWaitingAt("Task_CompleteReflection");
    assertThat(assessments.findByProcessInstanceId(cycle.getId())).isEmpty();
    assertThat(wellness.findByProcessInstanceId(cycle.getId())).isEmpty();
    assertThat(processEngine.getRuntimeService().getVariable(cycle.getId(), "boundariesAnswer")).isNull();
  }

  @Test
  void aSignedRecordIsFinal() {
    ProcessInstance cycle = cycleAwaitingReview(false);
    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.acknowledge());
    SupervisionSession signed = sessions.findByProcessInstanceId(cycle.getId()).orElseThrow();

    assertThatThrownBy(() -> signed.setDurationMinutes(300)).isInstanceOf(AttestedRecordException.class);
    assertThatThrownBy(() -> sessions.delete(signed)).hasRootCauseInstanceOf(AttestedRecordException.class);
    assertThat(sessions.findByProcessInstanceId(cycle.getId()).orElseThrow().getDurationMinutes()).isEqualTo(60);
  }

  private long signedMinutesThisMonth(String specialist) {
    YearMonth now = YearMonth.now();
    return history.monthlyTotals(specialist, now, now).get(0).minutes();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
