package org.peersupport.supervision.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.validation.FormRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of disclosure-reflection (and its ethics consultation), on the real engine, as the demo users. */
@ProcessTest
class DisclosureReflectionProcessTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired Reflections reflections;
  @Autowired ReflectionRequests requests;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- starting -------------------------------------------------------------------------------

  private ProcessInstance startAs(String user, Map<String, Object> startForm) {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("disclosure-reflection").latestVersion().singleResult().getId();
    return engine.as(user, () -> (ProcessInstance) processEngine.getFormService().submitStartForm(definition, startForm));
  }

  /** alex starts a reflection and submits it. */
  private ProcessInstance reflect(Map<String, Object> reflection) {
    ProcessInstance instance = startAs("alex", ReflectionForms.startOwn());
    assertThat(instance).isWaitingAt("Task_WriteReflection").task().isAssignedTo("alex");
    engine.submit("alex", instance.getId(), "Task_WriteReflection", reflection);
    return instance;
  }

  private DisclosureReflection record(ProcessInstance instance) {
    return reflections.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  @Test
  void aSpecialistStartsTheirOwnReflectionAndTheirSupervisorIsFoundFromTheRelationship() {
    ProcessInstance instance = startAs("alex", Map.of("specialistId", ""));

    assertThat(instance).isWaitingAt("Task_WriteReflection").task().isAssignedTo("alex");
    assertThat(processEngine.getRuntimeService().getVariables(instance.getId())).containsEntry("specialistId", "alex")
        .containsEntry("supervisorId", "maria").containsEntry("specialistName", "Alex Morgan");
    // the supervisor may read (not work on) the specialist's reflection task
    Task task = engine.task(instance.getId(), "Task_WriteReflection");
    assertThat(engine.as("maria", () -> processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count()))
        .isEqualTo(1);
    assertThat(engine.as("david", () -> processEngine.getTaskService().createTaskQuery().taskId(task.getId()).count()))
        .isZero();
  }

  @Test
  void aSupervisorAssignsAReflectionToTheirSupervisee() {
    ProcessInstance instance = startAs("maria", ReflectionForms.assign("alex", "The Tuesday group where you shared about 2019."));

    assertThat(instance).isWaitingAt("Task_WriteReflection").task().isAssignedTo("alex");
    assertThat(processEngine.getRuntimeService().getVariables(instance.getId())).containsEntry("supervisorId", "maria").containsEntry("assignedBy", "maria");
    engine.submit("alex", instance.getId(), "Task_WriteReflection", ReflectionForms.lowRisk());
    DisclosureReflection reflection = record(instance);
    assertThat(reflection.getAssignedBy()).isEqualTo("maria");
    assertThat(reflection.getReflectionRequest()).startsWith("The Tuesday group");
  }

  @Test
  void anotherPartOfTheProductCanAskASpecialistForAReflection() {
    String id = requests.ask("jordan", "The action item from our last session.", "session-42");

    ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
        .singleResult();
    assertThat(instance).isWaitingAt("Task_WriteReflection").task().isAssignedTo("jordan");
    assertThat(processEngine.getRuntimeService().getVariables(id)).containsEntry("supervisorId", "maria")
        .containsEntry("reflectionRequest", "The action item from our last session.");
    assertThat(instance.getBusinessKey()).isEqualTo("session-42");
  }

  @Test
  void aSupervisorCannotAssignAReflectionToSomeoneElsesSupervisee() {
    assertThatThrownBy(() -> startAs("maria", ReflectionForms.assign("casey", null)))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("specialistId: is not one of your supervisees");
  }

  @Test
  void aSpecialistCannotStartAReflectionForAnotherSpecialist() {
    assertThatThrownBy(() -> startAs("alex", ReflectionForms.assign("jordan", null)))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("specialistId: is not one of your supervisees");
  }

  @Test
  void aSupervisorMustNameTheSpecialist() {
    assertThatThrownBy(() -> startAs("maria", ReflectionForms.startOwn()))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("specialistId: name the specialist you supervise");
  }

  // --- triage -----------------------------------------------------------------------------------

  @Test
  void lowRiskIsRecordedAsATopicForTheNextSupervisionCycle() {
    ProcessInstance instance = reflect(ReflectionForms.lowRisk());

    assertThat(instance).isEnded().hasPassed("Task_AssessBoundaryRisk", "Event_RecordedForNextCycle")
        .hasNotPassed("Task_SupervisorReview", "Task_WellnessSupport");
    DisclosureReflection reflection = record(instance);
    assertThat(reflection.getAssessedRisk()).isEqualTo(RiskLevel.LOW);
    assertThat(reflection.getRiskLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(reflection.getAssessedReason()).startsWith("A calibrated disclosure");
    assertThat(reflection.getWhatHappened()).isEqualTo(ReflectionForms.PRIVATE_TEXT);
    assertThat(reflection.getPeerCode()).isEqualTo("P-2077");
    assertThat(reflection.getReviewDueAt()).isNull();
    assertThat(reflection.getClosedAt()).isNotNull();
  }

  @Test
  void moderateRiskGoesToTheSupervisorForReviewWithinFiveDays() {
    Instant before = Instant.now();
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());

    assertThat(instance).isWaitingAt("Task_SupervisorReview").task().isAssignedTo("maria");
    assertThat(instance).hasNotPassed("Task_WellnessSupport");
    Task review = engine.task(instance.getId(), "Task_SupervisorReview");
    // in words: the situation, the peer's code and the risk level; routine priority
    assertThat(review.getName()).isEqualTo("Review Alex Morgan's reflection: Intentional self-disclosure with P-2077, moderate risk");
    assertThat(review.getPriority()).isEqualTo(50);
    assertThat(review.getDueDate().toInstant()).isBetween(before.plus(Duration.ofDays(5)),
        Instant.now().plus(Duration.ofDays(5)));
    assertThat(record(instance).getAssessedReason()).startsWith("It served mainly");
  }

  @Test
  void highRiskReachesTheSupervisorAtOnceWithinOneDay() {
    Instant before = Instant.now();
    ProcessInstance instance = reflect(ReflectionForms.highRisk());

    assertThat(instance).isWaitingAt("Task_SupervisorReview").task().isAssignedTo("maria");
    assertThat(instance).hasNotPassed("Task_WellnessSupport");
    Task review = engine.task(instance.getId(), "Task_SupervisorReview");
    // a high risk sorts above routine work (priority), in words in its name
    assertThat(review.getPriority()).isEqualTo(80);
    assertThat(review.getName()).endsWith(", high risk");
    assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "situationDateShown"))
        .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH)
            .format(java.time.LocalDate.parse((String) processEngine.getRuntimeService().getVariable(instance.getId(), "situationDate"))));
    assertThat(review.getDueDate().toInstant()).isBetween(before.plus(Duration.ofDays(1)),
        Instant.now().plus(Duration.ofDays(1)));
    assertThat(engine.as("maria", () -> processEngine.getTaskService().createTaskQuery().taskAssignee("maria")
        .processInstanceId(instance.getId()).count())).isEqualTo(1);
  }

  @Test
  void highOwnDistressOffersTheSpecialistWellnessSupportsRightAway() {
    ProcessInstance instance = reflect(ReflectionForms.highDistress());

    assertThat(instance).isWaitingAt("Task_SupervisorReview", "Task_WellnessSupport");
    Task wellness = engine.task(instance.getId(), "Task_WellnessSupport");
    assertThat(wellness.getAssignee()).isEqualTo("alex");
    assertThat(record(instance).getAssessedReason()).startsWith("Own distress 7 or more");
    assertThat(record(instance).getWellnessSupportOffer().isOffered()).isTrue();

    engine.submit("alex", instance.getId(), "Task_WellnessSupport",
        Map.of("wellnessSupports", json("[\"TALK_WITH_SUPERVISOR_SOON\",\"OWN_RECOVERY_SUPPORTS\"]"),
            "wellnessNote", "I would like to talk this week."));

    assertThat(instance).hasPassed("Event_WellnessSupportAnswered").isWaitingAt("Task_SupervisorReview");
    DisclosureReflection reflection = record(instance);
    assertThat(reflection.getWellnessSupportOffer().getSupports()).isEqualTo("TALK_WITH_SUPERVISOR_SOON,OWN_RECOVERY_SUPPORTS");
    assertThat(reflection.getWellnessSupportOffer().getAnsweredAt()).isNotNull();
    engine.submit("maria", instance.getId(), "Task_SupervisorReview", ReflectionForms.review("AFFIRM"));
    assertThat(instance).isEnded();
  }

  // --- timers and escalation ----------------------------------------------------------------------

  @Test
  void highRiskReviewNotDoneInTimeIsEscalatedToProgramLeadsWithoutTheText() {
    ProcessInstance instance = reflect(ReflectionForms.highRisk());
    Date due = engine.task(instance.getId(), "Task_SupervisorReview").getDueDate();
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Event_ReviewOverdue").singleResult().getDuedate()).isEqualTo(due);

    ClockUtil.setCurrentTime(due);
    engine.fireTimer(instance.getId(), "Event_ReviewOverdue");

    assertThat(instance).hasPassed("Task_EscalateOverdueReview", "Event_ProgramLeadsAsked")
        .hasNotPassed("Task_RemindSupervisor").isWaitingAt("Task_SupervisorReview");
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(instance.getId()).singleResult();
    assertThat(followUp).isWaitingAt("Task_FollowUp").task().hasCandidateGroup("program-leads");
    Map<String, Object> shared = processEngine.getRuntimeService().getVariables(followUp.getId());
    assertThat(shared).doesNotContainKeys("whatHappened", "peerCode", "peerResponse", "recoveryEffect");
    assertThat(shared.values()).noneMatch(v -> String.valueOf(v).contains("asked me out") || String.valueOf(v).contains("P-2077"));
    assertThat((String) shared.get("followUpReason")).contains("high risk").contains("Romantic or sexual approach");

    List<Task> robinSees = engine.as("robin", () -> processEngine.getTaskService().createTaskQuery().list());
    assertThat(robinSees).extracting(Task::getProcessInstanceId).contains(followUp.getId()).doesNotContain(instance.getId());
    assertThat(record(instance).getReviewEscalatedAt()).isNotNull();
  }

  @Test
  void moderateReviewPastItsDueTimeRemindsTheSupervisorWithoutEscalating() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());
    ClockUtil.setCurrentTime(engine.task(instance.getId(), "Task_SupervisorReview").getDueDate());

    engine.fireTimer(instance.getId(), "Event_ReviewOverdue");

    assertThat(instance).hasPassed("Task_RemindSupervisor", "Event_SupervisorReminded")
        .hasNotPassed("Task_EscalateOverdueReview").isWaitingAt("Task_SupervisorReview");
    Task review = engine.task(instance.getId(), "Task_SupervisorReview");
    assertThat(review.getPriority()).isEqualTo(RemindSupervisor.REMINDED_PRIORITY);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(instance.getId()).count()).isZero();
    assertThat(record(instance).getSupervisorRemindedAt()).isNotNull();
  }

  // --- review outcomes ----------------------------------------------------------------------------

  @Test
  void supervisorAffirmsTheReflection() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());

    engine.submit("maria", instance.getId(), "Task_SupervisorReview", ReflectionForms.review("AFFIRM"));

    assertThat(instance).isEnded().hasPassed("Event_Affirmed");
    DisclosureReflection reflection = record(instance);
    assertThat(reflection.getReviewOutcome()).isEqualTo(ReviewOutcome.AFFIRM);
    assertThat(reflection.getFeedback()).startsWith("Thank you");
    assertThat(reflection.getReviewedAt()).isNotNull();
    assertThat(reflection.getClosedAt()).isNotNull();
    assertThat(reflection.getRiskOverride().getAt()).isNull();
  }

  @Test
  void supervisorGivesACoachingNote() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());

    engine.submit("maria", instance.getId(), "Task_SupervisorReview", ReflectionForms.review("COACHING_NOTE"));

    assertThat(instance).isEnded().hasPassed("Event_CoachingNoteGiven");
    assertThat(record(instance).getCoachingNote()).startsWith("Try Ask-Share-Ask");
  }

  @Test
  void aCoachingNoteOutcomeWithoutTheNoteIsRefused() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());
    Map<String, Object> review = ReflectionForms.review("COACHING_NOTE");
    review.remove("coachingNote");

    assertThatThrownBy(() -> engine.submit("maria", instance.getId(), "Task_SupervisorReview", review))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("coachingNote: write the coaching note");
    assertThat(instance).isWaitingAt("Task_SupervisorReview");
    assertThat(record(instance).getReviewedAt()).isNull();
  }

  @Test
  void correctivePlanIsAgreedByTheSpecialistAndFollowedUpAtItsReviewDate() {
    ProcessInstance instance = reflect(ReflectionForms.highRisk());
    engine.submit("maria", instance.getId(), "Task_SupervisorReview", ReflectionForms.review("CORRECTIVE_PLAN"));

    assertThat(instance).isWaitingAt("Task_AgreeCorrectivePlan").task().isAssignedTo("alex");
    engine.submit("alex", instance.getId(), "Task_AgreeCorrectivePlan", ReflectionForms.agreePlan());

    LocalDate reviewDate = LocalDate.now().plusDays(28);
    assertThat(instance).isWaitingAt("Event_PlanReviewDate");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Event_PlanReviewDate").singleResult().getDuedate()).isEqualTo(startOf(reviewDate));
    DisclosureReflection agreed = record(instance);
    assertThat(agreed.getCorrectivePlan().getPlan()).startsWith("Use Ask-Share-Ask");
    assertThat(agreed.getCorrectivePlan().getReviewDate()).isEqualTo(reviewDate);
    assertThat(agreed.getCorrectivePlan().getAgreedAt()).isNotNull();
    assertThat(agreed.getCorrectivePlan().getSpecialistComment()).isEqualTo("Makes sense to me.");

    ClockUtil.setCurrentTime(startOf(reviewDate));
    engine.fireTimer(instance.getId(), "Event_PlanReviewDate");
    assertThat(instance).isWaitingAt("Task_PlanFollowUpReview").task().isAssignedTo("maria");
    LocalDate extendedTo = reviewDate.plusDays(14);
    engine.submit("maria", instance.getId(), "Task_PlanFollowUpReview",
        ReflectionForms.followUp("PLAN_EXTENDED", extendedTo));

    assertThat(instance).isWaitingAt("Event_PlanReviewDate");
    assertThat(record(instance).getCorrectivePlan().getReviewDate()).isEqualTo(extendedTo);
    ClockUtil.setCurrentTime(startOf(extendedTo));
    engine.fireTimer(instance.getId(), "Event_PlanReviewDate");
    engine.submit("maria", instance.getId(), "Task_PlanFollowUpReview", ReflectionForms.followUp("PLAN_COMPLETED", null));

    assertThat(instance).isEnded().hasPassed("Event_PlanCompleted");
    assertThat(record(instance).getCorrectivePlan().getFollowUpOutcome()).isEqualTo(PlanFollowUpOutcome.PLAN_COMPLETED);
  }

  @Test
  void aCorrectivePlanNotAgreedIsRefusedAndStaysOpen() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());
    engine.submit("maria", instance.getId(), "Task_SupervisorReview", ReflectionForms.review("CORRECTIVE_PLAN"));

    assertThatThrownBy(() -> engine.submit("alex", instance.getId(), "Task_AgreeCorrectivePlan",
        Map.of("planAgreed", false)))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("planAgreed");
    assertThat(instance).isWaitingAt("Task_AgreeCorrectivePlan");
    assertThat(record(instance).getCorrectivePlan().getAgreedAt()).isNull();
  }

  @Test
  void aCorrectivePlanNeedsAReviewDateInTheFuture() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());
    Map<String, Object> review = ReflectionForms.review("CORRECTIVE_PLAN");
    review.put("planReviewDate", LocalDate.now().toString());

    assertThatThrownBy(() -> engine.submit("maria", instance.getId(), "Task_SupervisorReview", review))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("planReviewDate: must be after today");
    assertThat(instance).isWaitingAt("Task_SupervisorReview");
  }

  @Test
  void ethicsConsultationGoesToProgramLeadsWithoutTheTextAndRecordsTheirOutcome() {
    ProcessInstance instance = reflect(ReflectionForms.highRisk());

    engine.submit("maria", instance.getId(), "Task_SupervisorReview", ReflectionForms.review("ETHICS_CONSULTATION"));

    assertThat(instance).isWaitingAt("Task_EthicsConsultation");
    ProcessInstance consultation = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(consultation).isWaitingAt("Task_AnswerEthicsConsultation").task().hasCandidateGroup("program-leads");
    Map<String, Object> shared = processEngine.getRuntimeService().getVariables(consultation.getId());
    assertThat(shared.keySet()).containsExactlyInAnyOrder("reflectionReference", "specialistId", "specialistName",
        "supervisorId", "supervisorName", "situationTypeLabel", "situationDate", "situationDateShown", "riskLevel",
        "riskLevelLabel");
    Task task = engine.task(consultation.getId(), "Task_AnswerEthicsConsultation");
    assertThat(task.getName()).isEqualTo("Ethics consultation for Maria Alvarez: Romantic or sexual approach (Alex Morgan)");
    // robin may work on the consultation, and still cannot read the reflection's own variables
    assertThat(engine.as("robin", () -> processEngine.getTaskService().getVariables(task.getId())))
        .doesNotContainKeys("whatHappened", "peerCode", "feedback");
    assertThatThrownBy(() -> engine.as("robin", () -> processEngine.getRuntimeService().getVariables(instance.getId())))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

    engine.submit("robin", consultation.getId(), "Task_AnswerEthicsConsultation",
        Map.of("ethicsOutcome", "GUIDANCE_GIVEN", "ethicsNote", "Spoke with Maria on the 12th."));

    assertThat(consultation).isEnded();
    assertThat(instance).isEnded().hasPassed("Event_EthicsConsulted");
    DisclosureReflection reflection = record(instance);
    assertThat(reflection.getReviewOutcome()).isEqualTo(ReviewOutcome.ETHICS_CONSULTATION);
    assertThat(reflection.getEthicsConsultation().getOutcome()).isEqualTo(EthicsConsultationOutcome.GUIDANCE_GIVEN);
    assertThat(reflection.getEthicsConsultation().getRequestedAt()).isNotNull();
    assertThat(reflection.getEthicsConsultation().getAnsweredAt()).isNotNull();
  }

  // --- risk override ------------------------------------------------------------------------------

  @Test
  void aRiskOverrideWithoutAWrittenReasonIsRefusedAndNothingChanges() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());
    Map<String, Object> review = ReflectionForms.review("AFFIRM");
    review.put("riskOverride", "LOW");

    assertThatThrownBy(() -> engine.submit("maria", instance.getId(), "Task_SupervisorReview", review))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("riskOverrideReason: a changed risk level needs a written reason");
    assertThat(instance).isWaitingAt("Task_SupervisorReview");
    DisclosureReflection reflection = record(instance);
    assertThat(reflection.getRiskLevel()).isEqualTo(RiskLevel.MODERATE);
    assertThat(reflection.getRiskOverride().getAt()).isNull();
    assertThat(reflection.getReviewedAt()).isNull();
  }

  @Test
  void aRiskOverrideWithAWrittenReasonIsKeptWithTheRecord() {
    ProcessInstance instance = reflect(ReflectionForms.highRisk());
    Map<String, Object> review = ReflectionForms.review("AFFIRM");
    review.put("riskOverride", "MODERATE");
    review.put("riskOverrideReason", "Alex named the boundary at once; the peer accepted it.");

    engine.submit("maria", instance.getId(), "Task_SupervisorReview", review);

    assertThat(instance).isEnded();
    DisclosureReflection reflection = record(instance);
    assertThat(reflection.getAssessedRisk()).isEqualTo(RiskLevel.HIGH);
    assertThat(reflection.getRiskLevel()).isEqualTo(RiskLevel.MODERATE);
    assertThat(reflection.getRiskOverride().getBy()).isEqualTo("maria");
    assertThat(reflection.getRiskOverride().getReason()).startsWith("Alex named the boundary");
    assertThat(reflection.getRiskOverride().getAt()).isNotNull();
  }

  @Test
  void anOverrideToTheAssessedLevelIsRefused() {
    ProcessInstance instance = reflect(ReflectionForms.moderateRisk());
    Map<String, Object> review = ReflectionForms.review("AFFIRM");
    review.put("riskOverride", "MODERATE");
    review.put("riskOverrideReason", "Same as assessed, just confirming.");

    assertThatThrownBy(() -> engine.submit("maria", instance.getId(), "Task_SupervisorReview", review))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("riskOverride: is the assessed level already");
    assertThat(record(instance).getReviewedAt()).isNull();
  }

  // --- bad input ----------------------------------------------------------------------------------

  @Test
  void aBadReflectionIsRejectedAndNothingIsWritten() {
    ProcessInstance instance = startAs("alex", ReflectionForms.startOwn());
    Map<String, Object> reflection = ReflectionForms.lowRisk();
    reflection.put("peerCode", "Maria Smith");
    reflection.put("ownRecoveryDistress", 11);
    reflection.remove("purpose");

    assertThatThrownBy(() -> engine.submit("alex", instance.getId(), "Task_WriteReflection", reflection))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("peerCode: must be the peer's code")
        .hasMessageContaining("ownRecoveryDistress")
        .hasMessageNotContaining("Maria Smith");
    assertThat(instance).isWaitingAt("Task_WriteReflection");
    assertThat(reflections.findByProcessInstanceId(instance.getId())).isEmpty();
    assertThat(processEngine.getRuntimeService().getVariable(instance.getId(), "whatHappened")).isNull();
  }

  @Test
  void physicalContactMustSayWhetherItWasABriefComfortingGesture() {
    ProcessInstance instance = startAs("alex", ReflectionForms.startOwn());
    Map<String, Object> reflection = ReflectionForms.lowRisk();
    reflection.put("situationType", "PHYSICAL_CONTACT");

    assertThatThrownBy(() -> engine.submit("alex", instance.getId(), "Task_WriteReflection", reflection))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("briefComfortingGesture");
    reflection.put("briefComfortingGesture", true);
    engine.submit("alex", instance.getId(), "Task_WriteReflection", reflection);
    assertThat(record(instance).getAssessedReason()).startsWith("A brief comforting gesture");
  }

  static Object json(String json) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(json).create();
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
