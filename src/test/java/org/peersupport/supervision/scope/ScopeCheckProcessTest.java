package org.peersupport.supervision.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.peersupport.supervision.referral.ReferralOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of scope-check, on the real engine and database, as the demo users. */
@ProcessTest
class ScopeCheckProcessTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired ScopeChecks checks;
  @Autowired ScopeOverrides overrides;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessInstance raise(String specialist, Map<String, Object> form) {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("scope-check").latestVersion().singleResult().getId();
    return engine.as(specialist, () -> (ProcessInstance) processEngine.getFormService().submitStartForm(definition, form));
  }

  private ScopeCheck record(ProcessInstance instance) {
    return checks.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  @Test
  void navigationNeedConfirmedWithinScopeByTheSupervisorIsRecorded() {
    ProcessInstance check = raise("alex", ScopeForms.start("SYSTEMS_NAVIGATION"));

    assertThat(check).hasPassed("Task_ApplyScopeOfPractice", "Task_RecordScopeDecision")
        .isWaitingAt("Task_DecideScope").task().isAssignedTo("maria");
    assertThat(processEngine.getRuntimeService().getVariable(check.getId(), "tableOutcome")).isEqualTo("WITHIN_SCOPE");
    assertThat(engine.task(check.getId(), "Task_DecideScope").getName()).isEqualTo("Decide on Alex Morgan's scope check for P-1042");
    assertThat(engine.task(check.getId(), "Task_DecideScope").getPriority()).isEqualTo(50);
    engine.submit("maria", check.getId(), "Task_DecideScope", ScopeForms.decide("WITHIN_SCOPE", null));

    assertThat(check).isEnded().hasPassed("Event_WithinScope").hasNotPassed("Task_ReferToLicensedCare");
    ScopeCheck recorded = record(check);
    assertThat(recorded.getSpecialistId()).isEqualTo("alex");
    assertThat(recorded.getSupervisorId()).isEqualTo("maria");
    assertThat(recorded.getDmnOutcome()).isEqualTo(ScopeOutcome.WITHIN_SCOPE);
    assertThat(recorded.getOutcome()).isEqualTo(ScopeOutcome.WITHIN_SCOPE);
    assertThat(recorded.getDecidedAt()).isAfterOrEqualTo(recorded.getRaisedAt());
    assertThat(recorded.getClosedAt()).isNotNull();
    assertThat(overrides.findByScopeCheckIdOrderByOverriddenAt(recorded.getId())).isEmpty();
  }

  @Test
  void medicationQuestionConfirmedAsReferralStartsTheReferralWithoutTheDescription() {
    ProcessInstance check = raise("jordan", ScopeForms.start("MEDICATION_QUESTION"));
    assertThat(processEngine.getRuntimeService().getVariable(check.getId(), "tableOutcome")).isEqualTo("REFER");

    engine.submit("maria", check.getId(), "Task_DecideScope", ScopeForms.decide("REFER", null));

    assertThat(check).isWaitingAt("Task_ReferToLicensedCare");
    ProcessInstance referral = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(check.getId()).singleResult();
    assertThat(referral).isWaitingAt("Task_RecordConsent").task().isAssignedTo("jordan");
    assertThat(processEngine.getRuntimeService().getVariables(referral.getId()))
        .containsEntry("peerCode", "P-1042").containsEntry("supervisorId", "maria")
        .containsEntry("requestCategory", "MEDICATION_QUESTION")
        .doesNotContainKeys("scopeDescription", "riskIndicators", "tableReason");
    assertThat(record(check).getOutcome()).isEqualTo(ScopeOutcome.REFER);
  }

  @Test
  void referralThatEndsClosesTheScopeCheckWithTheReferralOutcome() {
    ProcessInstance check = raise("jordan", ScopeForms.start("LEGAL_QUESTION"));
    engine.submit("maria", check.getId(), "Task_DecideScope", ScopeForms.decide("REFER", null));
    ProcessInstance referral = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(check.getId()).singleResult();

    engine.submit("jordan", referral.getId(), "Task_RecordConsent", Map.of("consentDecision", "REFUSED"));

    assertThat(referral).isEnded().hasPassed("Event_ConsentRefused");
    assertThat(check).isEnded().hasPassed("Task_ReferToLicensedCare", "Event_ReferralClosed");
    assertThat(record(check).getReferralOutcome()).isEqualTo(ReferralOutcome.DECLINED_BY_PEER);
    assertThat(record(check).getClosedAt()).isNotNull();
  }

  @Test
  void consultIsDecidedByTheSupervisorWithoutCountingAsAnOverride() {
    Map<String, Object> form = ScopeForms.start("OTHER");
    ProcessInstance check = raise("alex", form);
    assertThat(processEngine.getRuntimeService().getVariable(check.getId(), "tableOutcome")).isEqualTo("CONSULT");

    engine.submit("maria", check.getId(), "Task_DecideScope", ScopeForms.decide("WITHIN_SCOPE", null));

    assertThat(check).isEnded().hasPassed("Event_WithinScope");
    assertThat(record(check).getDmnOutcome()).isEqualTo(ScopeOutcome.CONSULT);
    assertThat(record(check).getOutcome()).isEqualTo(ScopeOutcome.WITHIN_SCOPE);
    assertThat(overrides.findByScopeCheckIdOrderByOverriddenAt(record(check).getId())).isEmpty();
  }

  @Test
  void unclearNeedIsAConsultTheSupervisorCanSendToReferral() {
    Map<String, Object> form = ScopeForms.start("RECOVERY_GOAL_SUPPORT");
    form.put("needUnclear", true);
    ProcessInstance check = raise("alex", form);
    assertThat(processEngine.getRuntimeService().getVariable(check.getId(), "tableOutcome")).isEqualTo("CONSULT");

    engine.submit("maria", check.getId(), "Task_DecideScope", ScopeForms.decide("REFER", null));

    assertThat(check).isWaitingAt("Task_ReferToLicensedCare");
    assertThat(record(check).getOutcome()).isEqualTo(ScopeOutcome.REFER);
  }

  @Test
  void overrideWithoutAWrittenReasonIsRefusedAndNothingIsWritten() {
    ProcessInstance check = raise("alex", ScopeForms.start("MEDICATION_QUESTION"));

    assertThatThrownBy(() -> engine.submit("maria", check.getId(), "Task_DecideScope",
        ScopeForms.decide("WITHIN_SCOPE", null)))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("decisionReason: a written reason is required");

    assertThat(check).isWaitingAt("Task_DecideScope");
    assertThat(record(check).getOutcome()).isNull();
    assertThat(overrides.findByScopeCheckIdOrderByOverriddenAt(record(check).getId())).isEmpty();
    assertThat(processEngine.getRuntimeService().getVariable(check.getId(), "supervisorOutcome")).isNull();
  }

  @Test
  void overrideWithAWrittenReasonIsRecordedForAudit() {
    ProcessInstance check = raise("alex", ScopeForms.start("MEDICATION_QUESTION"));

    engine.submit("maria", check.getId(), "Task_DecideScope", ScopeForms.decide("WITHIN_SCOPE",
        "The peer wants help writing questions for their prescriber: that is self-advocacy support."));

    assertThat(check).isEnded().hasPassed("Event_WithinScope");
    ScopeCheck recorded = record(check);
    assertThat(recorded.getOutcome()).isEqualTo(ScopeOutcome.WITHIN_SCOPE);
    assertThat(overrides.findByScopeCheckIdOrderByOverriddenAt(recorded.getId())).singleElement().satisfies(o -> {
      assertThat(o.getSupervisorId()).isEqualTo("maria");
      assertThat(o.getDmnOutcome()).isEqualTo(ScopeOutcome.REFER);
      assertThat(o.getOverriddenTo()).isEqualTo(ScopeOutcome.WITHIN_SCOPE);
      assertThat(o.getReason()).startsWith("The peer wants help");
    });
  }

  @Test
  void suicideRiskIsACrisisWithATaskForTheSpecialistAndTheSupervisorAtOnce() {
    ProcessInstance check = raise("jordan", ScopeForms.start("RECOVERY_GOAL_SUPPORT", "SUICIDAL_THOUGHTS"));

    assertThat(check).isWaitingAt("Task_RespondToCrisis", "Task_AcknowledgeCrisis")
        .hasPassed("Gateway_CrisisSplit", "Gateway_AbuseDisclosed", "Gateway_MandatoryReportDone")
        .hasNotPassed("Task_MakeMandatoryReport", "Task_DecideScope");
    assertThat(engine.task(check.getId(), "Task_RespondToCrisis").getAssignee()).isEqualTo("jordan");
    assertThat(engine.task(check.getId(), "Task_AcknowledgeCrisis").getAssignee()).isEqualTo("maria");
    // a crisis is visibly a crisis: its tasks say so in words and sort above routine work
    assertThat(engine.task(check.getId(), "Task_RespondToCrisis").getName()).isEqualTo("Crisis: respond now for P-1042, then record what was done");
    assertThat(engine.task(check.getId(), "Task_RespondToCrisis").getPriority()).isEqualTo(100);
    assertThat(engine.task(check.getId(), "Task_AcknowledgeCrisis").getName()).isEqualTo("Crisis: acknowledge Jordan Lee's crisis response for P-1042");
    assertThat(engine.task(check.getId(), "Task_AcknowledgeCrisis").getPriority()).isEqualTo(100);
    // maria also sees jordan's crisis task (relationship visibility)
    List<Task> mariaSees = engine.as("maria", () -> processEngine.getTaskService().createTaskQuery()
        .processInstanceId(check.getId()).list());
    assertThat(mariaSees).extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_RespondToCrisis", "Task_AcknowledgeCrisis");

    engine.submit("jordan", check.getId(), "Task_RespondToCrisis", ScopeForms.crisisResponse());
    assertThat(check).isWaitingAt("Task_AcknowledgeCrisis");
    engine.submit("maria", check.getId(), "Task_AcknowledgeCrisis", ScopeForms.acknowledge());

    assertThat(check).isEnded().hasPassed("Gateway_CrisisJoin", "Event_CrisisDocumented")
        .hasNotPassed("Task_EscalateUnacknowledgedCrisis");
    ScopeCheck recorded = record(check);
    assertThat(recorded.getOutcome()).isEqualTo(ScopeOutcome.CRISIS);
    assertThat(recorded.getCrisisActions()).containsExactlyInAnyOrder(CrisisAction.CALLED_988, CrisisAction.STAYED_WITH_PEER);
    assertThat(recorded.getCrisisResponse().getContact()).isEqualTo(CrisisContact.CONFIRMED);
    assertThat(recorded.getSupervisorAcknowledgedAt()).isAfterOrEqualTo(recorded.getRaisedAt());
    assertThat(recorded.getCrisisEscalatedAt()).isNull();
  }

  @Test
  void unacknowledgedCrisisIsEscalatedToProgramLeadsAfterSixtyMinutesWithoutPrivateContent() {
    ProcessInstance check = raise("jordan", ScopeForms.start("OTHER", "SUICIDE_PLAN_OR_MEANS"));
    var timer = processEngine.getManagementService().createJobQuery().processInstanceId(check.getId())
        .activityId("Event_AcknowledgmentOverdue").singleResult();
    Instant due = timer.getDuedate().toInstant();
    assertThat(Duration.between(Instant.now(), due)).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
    Date taskDue = engine.task(check.getId(), "Task_AcknowledgeCrisis").getDueDate();
    assertThat(Duration.between(taskDue.toInstant(), due).abs()).isLessThan(Duration.ofMinutes(1));

    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    engine.fireTimer(check.getId(), "Event_AcknowledgmentOverdue");

    assertThat(check).hasPassed("Task_EscalateUnacknowledgedCrisis", "Event_ProgramLeadsEscalated")
        .isWaitingAt("Task_RespondToCrisis", "Task_AcknowledgeCrisis");
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(check.getId()).singleResult();
    assertThat(followUp).isWaitingAt("Task_FollowUp").task().hasCandidateGroup("program-leads");
    Map<String, Object> shared = processEngine.getRuntimeService().getVariables(followUp.getId());
    assertThat(shared).doesNotContainKeys("peerCode", "scopeDescription", "riskIndicators", "crisisNotes");
    assertThat(shared.values()).noneMatch(v -> String.valueOf(v).contains("P-1042")
        || String.valueOf(v).contains("medication"));
    List<Task> robinSees = engine.as("robin", () -> processEngine.getTaskService().createTaskQuery().list());
    assertThat(robinSees).extracting(Task::getProcessInstanceId).contains(followUp.getId()).doesNotContain(check.getId());
    assertThat(record(check).getCrisisEscalatedAt()).isNotNull();

    // the supervisor still acknowledges; the crisis closes normally
    engine.submit("jordan", check.getId(), "Task_RespondToCrisis", ScopeForms.crisisResponse());
    engine.submit("maria", check.getId(), "Task_AcknowledgeCrisis", ScopeForms.acknowledge());
    assertThat(check).isEnded().hasPassed("Event_CrisisDocumented");
  }

  @Test
  void abuseDisclosureCannotCloseWithoutTheMandatoryReport() {
    ProcessInstance check = raise("alex", ScopeForms.start("RECOVERY_GOAL_SUPPORT", "ABUSE_OR_NEGLECT_DISCLOSED"));
    assertThat(check).isWaitingAt("Task_RespondToCrisis", "Task_AcknowledgeCrisis", "Task_MakeMandatoryReport");
    assertThat(engine.task(check.getId(), "Task_MakeMandatoryReport").getName()).isEqualTo("Crisis: make the mandatory report for P-1042 and record it");
    assertThat(engine.task(check.getId(), "Task_MakeMandatoryReport").getPriority()).isEqualTo(100);

    engine.submit("alex", check.getId(), "Task_RespondToCrisis", ScopeForms.crisisResponse());
    engine.submit("maria", check.getId(), "Task_AcknowledgeCrisis", ScopeForms.acknowledge());
    assertThat(check).isNotEnded().isWaitingAt("Task_MakeMandatoryReport");

    Map<String, Object> noReference = ScopeForms.mandatoryReport();
    noReference.remove("reportReference");
    assertThatThrownBy(() -> engine.submit("alex", check.getId(), "Task_MakeMandatoryReport", noReference))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("reportReference");
    assertThat(record(check).getMandatoryReport().getRecordedAt()).isNull();

    engine.submit("alex", check.getId(), "Task_MakeMandatoryReport", ScopeForms.mandatoryReport());

    assertThat(check).isEnded().hasPassed("Task_MakeMandatoryReport", "Event_CrisisDocumented");
    ScopeCheck recorded = record(check);
    assertThat(recorded.getMandatoryReport().isRequired()).isTrue();
    assertThat(recorded.getMandatoryReport().getAgency()).isEqualTo(ReportAgency.CHILD_PROTECTIVE_SERVICES);
    assertThat(recorded.getMandatoryReport().getReference()).isEqualTo("CPS-2026-0042");
  }

  @Test
  void crisisCategoryWithoutIndicatorsIsStillACrisis() {
    ProcessInstance check = raise("alex", ScopeForms.start("CRISIS"));
    assertThat(check).isWaitingAt("Task_RespondToCrisis", "Task_AcknowledgeCrisis");
    assertThat(record(check).getDmnOutcome()).isEqualTo(ScopeOutcome.CRISIS);
  }

  @Test
  void badPeerCodeIsRefusedAndNothingIsWritten() {
    long before = checks.count();
    long instances = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("scope-check").count();
    Map<String, Object> form = ScopeForms.start("MEDICATION_QUESTION");
    form.put("peerCode", "Jane Doe");

    assertThatThrownBy(() -> raise("alex", form))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("peerCode: must be the peer's code: P- and 3 to 8 digits");

    assertThat(checks.count()).isEqualTo(before);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("scope-check").count()).isEqualTo(instances);
  }

  @Test
  void theSpecialistIsWhoeverIsSignedInWhateverTheSubmissionSays() {
    Map<String, Object> form = ScopeForms.start("MEDICATION_QUESTION");
    form.put("specialistId", "casey");
    form.put("supervisorId", "robin");

    ProcessInstance check = raise("alex", form);

    assertThat(record(check).getSpecialistId()).isEqualTo("alex");
    assertThat(record(check).getSupervisorId()).isEqualTo("maria");
    assertThat(engine.task(check.getId(), "Task_DecideScope").getAssignee()).isEqualTo("maria");
  }

  @Test
  void anAdminWhoIsNotASpecialistCannotRaiseOne() {
    assertThatThrownBy(() -> raise("admin", ScopeForms.start("MEDICATION_QUESTION")))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("specialist: a scope check is raised by");
  }

  @Test
  void aSpecialistWithoutASupervisorIsToldToAskTheirProgramLead() {
    var identity = processEngine.getIdentityService();
    if (identity.createUserQuery().userId("sam-unsupervised").count() == 0) {
      var user = identity.newUser("sam-unsupervised");
      user.setPassword("a-long-test-password");
      identity.saveUser(user);
      identity.createMembership("sam-unsupervised", "specialists");
    }
    long rows = checks.count();

    assertThatThrownBy(() -> raise("sam-unsupervised", ScopeForms.start("MEDICATION_QUESTION")))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("supervisor: you have no active supervisor");
    assertThat(checks.count()).isEqualTo(rows);
  }

  @Test
  void onlySpecialistsRaiseScopeChecks() {
    assertThatThrownBy(() -> raise("maria", ScopeForms.start("MEDICATION_QUESTION")))
        .hasMessageContaining("scope-check");
  }
}
