package org.peersupport.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.validation.FormRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of scope-audit, scope-audit-schedule and scope-audit-follow-up, on the real engine, as the demo users. */
@ProcessTest
class ScopeAuditProcessTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired AuditReviews reviews;
  @Autowired AuditFindingRepository findings;
  @Autowired FollowUpActions actions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Map<String, Object> period(LocalDate from, LocalDate to) {
    Map<String, Object> form = new HashMap<>();
    form.put("periodFrom", from.toString());
    form.put("periodTo", to.toString());
    return form;
  }

  static Map<String, Object> findings(String json) {
    Map<String, Object> form = new HashMap<>();
    form.put("findings", SpinValues.jsonValue(json).create());
    return form;
  }

  static String finding(String category, String supervisor, String action, LocalDate due) {
    return "{\"findingCategory\":\"" + category + "\",\"findingSummary\":\"Two specialists below the monthly minimum in "
        + "three months\"" + (supervisor == null ? "" : ",\"followUpSupervisorId\":\"" + supervisor + "\"")
        + (action == null ? "" : ",\"followUpAction\":\"" + action + "\"")
        + (due == null ? "" : ",\"followUpDueDate\":\"" + due + "\"") + "}";
  }

  private String definitionId() {
    return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("scope-audit")
        .latestVersion().singleResult().getId();
  }

  private ProcessInstance requestedBy(String user, LocalDate from, LocalDate to) {
    String definition = definitionId();
    return engine.as(user, () -> processEngine.getFormService().submitStartForm(definition, period(from, to)));
  }

  private ProcessInstance awaitingReview() {
    ProcessInstance audit = requestedBy("robin", LocalDate.now().minusMonths(1).withDayOfMonth(1), LocalDate.now());
    assertThat(audit).isWaitingAt("Task_ReviewFindings");
    return audit;
  }

  private Set<String> auditInstances() {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("scope-audit").list()
        .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
  }

  @Test
  void monthlyTimerAuditsTheMonthBeforeForProgramLeads() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2019, 4, 1).atTime(6, 0).atZone(ZoneId.systemDefault()).toInstant()));
    Set<String> before = auditInstances();
    Job timer = processEngine.getManagementService().createJobQuery().processDefinitionKey("scope-audit-schedule")
        .timers().activityId("Event_MonthlyAuditDue").singleResult();

    processEngine.getManagementService().executeJob(timer.getId());

    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processDefinitionId(timer.getProcessDefinitionId()).activityId("Event_MonthlyAuditStarted").count()).isPositive();
    Set<String> started = auditInstances();
    started.removeAll(before);
    ProcessInstance audit = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(started.iterator().next()).singleResult();
    assertThat(audit).isWaitingAt("Task_ReviewFindings").hasPassed("Event_AuditRequested", "Task_ProduceAuditReport");
    assertThat(audit.getBusinessKey()).isEqualTo("monthly-2019-03");
    assertThat(audit).task().hasCandidateGroup("program-leads").hasName("Review the scope audit of March 2019");
    AuditReview review = reviews.findByProcessInstanceId(audit.getId()).orElseThrow();
    assertThat(review.getPeriodFrom()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(review.getPeriodTo()).isEqualTo(LocalDate.of(2019, 3, 31));
    assertThat(review.getStartedBy()).isNull();
  }

  @Test
  void programLeadStartsAnAuditOfAPeriodOnDemand() {
    ProcessInstance audit = requestedBy("robin", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31));

    assertThat(audit).isWaitingAt("Task_ReviewFindings").hasPassed("Event_AuditRequested", "Task_ProduceAuditReport");
    assertThat(audit).variables().containsEntry("periodLabel", "1 Jan 2019 to 31 Mar 2019")
        .containsKeys("cyclesOnTimePercent", "specialistsBelowMinimum", "overdueReflections", "crisisEscalations",
            "referralsLostToFollowUp", "roleDriftSignals", "supervisorOptions");
    AuditReview review = reviews.findByProcessInstanceId(audit.getId()).orElseThrow();
    assertThat(review.getStartedBy()).isEqualTo("robin");
    assertThat(review.getReviewedAt()).isNull();
  }

  @Test
  void periodEndingBeforeItStartsIsRefusedAndNothingStarts() {
    Set<String> before = auditInstances();
    long reviewsBefore = reviews.count();

    assertThatThrownBy(() -> requestedBy("robin", LocalDate.of(2019, 3, 31), LocalDate.of(2019, 3, 1)))
        .isInstanceOf(FormRejectedException.class)
        .satisfies(e -> assertThat(((FormRejectedException) e).problems()).extracting("field").containsExactly("periodTo"));

    assertThat(auditInstances()).isEqualTo(before);
    assertThat(reviews.count()).isEqualTo(reviewsBefore);
  }

  @Test
  void periodLongerThanTwoYearsIsRefused() {
    assertThatThrownBy(() -> requestedBy("robin", LocalDate.of(2016, 1, 1), LocalDate.of(2019, 3, 31)))
        .isInstanceOf(FormRejectedException.class)
        .satisfies(e -> assertThat(((FormRejectedException) e).problems()).extracting("field").containsExactly("periodFrom"));
  }

  @Test
  void periodEndingInTheFutureIsRefused() {
    assertThatThrownBy(() -> requestedBy("robin", LocalDate.now(), LocalDate.now().plusDays(1)))
        .isInstanceOf(FormRejectedException.class)
        .satisfies(e -> assertThat(((FormRejectedException) e).problems()).extracting("field").containsExactly("periodTo"));
  }

  @Test
  void specialistsAndSupervisorsCannotStartAnAudit() {
    assertThatThrownBy(() -> requestedBy("alex", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> requestedBy("maria", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31)))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void reviewWithoutFindingsEndsTheAudit() {
    ProcessInstance audit = awaitingReview();

    engine.submit("robin", audit.getId(), "Task_ReviewFindings", findings("[]"));

    assertThat(audit).isEnded().hasPassed("Event_FindingsRecorded").hasNotPassed("CallActivity_FollowUpActions");
    AuditReview review = reviews.findByProcessInstanceId(audit.getId()).orElseThrow();
    assertThat(review.getReviewedBy()).isEqualTo("robin");
    assertThat(findings.findByReviewIdOrderById(review.getId())).isEmpty();
  }

  @Test
  void findingsWithoutFollowUpAreRecordedAndTheAuditEnds() {
    ProcessInstance audit = awaitingReview();

    engine.submit("robin", audit.getId(), "Task_ReviewFindings",
        findings("[" + finding("SUPERVISION_FREQUENCY", null, null, null) + "]"));

    assertThat(audit).isEnded().hasPassed("Event_FindingsRecorded");
    AuditReview review = reviews.findByProcessInstanceId(audit.getId()).orElseThrow();
    assertThat(findings.findByReviewIdOrderById(review.getId())).singleElement().satisfies(f -> {
      assertThat(f.getCategory()).isEqualTo(FindingCategory.SUPERVISION_FREQUENCY);
      assertThat(f.getRecordedBy()).isEqualTo("robin");
    });
  }

  @Test
  void followUpActionsBecomeTasksForEachSupervisorTrackedToDone() {
    ProcessInstance audit = awaitingReview();
    LocalDate due = LocalDate.now().plusDays(14);

    engine.submit("robin", audit.getId(), "Task_ReviewFindings", findings("["
        + finding("SUPERVISION_FREQUENCY", "maria", "Plan two sessions a month with each specialist", due) + ","
        + finding("ROLE_DRIFT", "david", "Talk through scope with your team", due.plusDays(7)) + "]"));

    assertThat(audit).isWaitingAt("CallActivity_FollowUpActions");
    List<ProcessInstance> followUps = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(audit.getId()).list();
    assertThat(followUps).hasSize(2);
    Task mariasTask = engine.as("maria", () -> processEngine.getTaskService().createTaskQuery()
        .processDefinitionKey("scope-audit-follow-up").taskAssignee("maria").list().stream()
        .filter(t -> followUps.stream().anyMatch(f -> f.getId().equals(t.getProcessInstanceId()))).findFirst().orElseThrow());
    assertThat(mariasTask.getDueDate()).isEqualTo(Date.from(due.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    assertThat(mariasTask.getName()).startsWith("Audit follow-up for ");

    engine.submit("maria", mariasTask.getProcessInstanceId(), "Task_CompleteFollowUpAction",
        Map.of("followUpDone", true, "followUpNote", "Sessions planned through March."));

    assertThat(audit).isWaitingAt("CallActivity_FollowUpActions");
    Long reviewId = reviews.findByProcessInstanceId(audit.getId()).orElseThrow().getId();
    List<FollowUpAction> recorded = actions.findByFindingIdInOrderById(
        findings.findByReviewIdOrderById(reviewId).stream().map(AuditFinding::getId).toList());
    assertThat(recorded).extracting(FollowUpAction::getSupervisorId, FollowUpAction::getStatus).containsExactly(
        org.assertj.core.groups.Tuple.tuple("maria", FollowUpAction.Status.DONE),
        org.assertj.core.groups.Tuple.tuple("david", FollowUpAction.Status.OPEN));

    ProcessInstance davids = followUps.stream().filter(f -> !f.getId().equals(mariasTask.getProcessInstanceId()))
        .findFirst().orElseThrow();
    assertThat(davids).task().isAssignedTo("david");
    engine.submit("david", davids.getId(), "Task_CompleteFollowUpAction", Map.of("followUpDone", true));

    assertThat(davids).isEnded().hasPassed("Event_FollowUpDone");
    assertThat(audit).isEnded().hasPassed("Event_FollowUpsDone");
    assertThat(actions.findAllById(recorded.stream().map(FollowUpAction::getId).toList()))
        .allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(FollowUpAction.Status.DONE));
  }

  @Test
  void supervisorsFollowUpCarriesOnlyTheActionNotTheFindingsOrFigures() {
    ProcessInstance audit = awaitingReview();
    engine.submit("robin", audit.getId(), "Task_ReviewFindings", findings("["
        + finding("SCOPE_DECISIONS", "maria", "Review the overrides of last month", LocalDate.now().plusDays(3)) + "]"));

    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(audit.getId()).singleResult();
    Map<String, Object> visible = engine.as("maria", () -> processEngine.getTaskService()
        .getVariables(engine.task(followUp.getId(), "Task_CompleteFollowUpAction").getId()));

    assertThat(visible.keySet()).containsExactlyInAnyOrder("followUpActionId", "periodLabel", "supervisorId",
        "supervisorName", "followUpAction", "followUpDueDate", "followUpDueDateShown");
    assertThat(visible).containsEntry("followUpAction", "Review the overrides of last month");
  }

  @Test
  void followUpForSomeoneWhoIsNotASupervisorIsRefusedAndNothingIsWritten() {
    ProcessInstance audit = awaitingReview();
    long findingsBefore = findings.count();

    assertThatThrownBy(() -> engine.submit("robin", audit.getId(), "Task_ReviewFindings", findings("["
        + finding("OTHER", "alex", "Anything", LocalDate.now().plusDays(3)) + "]")))
        .isInstanceOf(FormRejectedException.class)
        .satisfies(e -> assertThat(((FormRejectedException) e).problems()).extracting("field")
            .containsExactly("findings[0].followUpSupervisorId"));

    assertThat(audit).isWaitingAt("Task_ReviewFindings");
    assertThat(findings.count()).isEqualTo(findingsBefore);
    assertThat(reviews.findByProcessInstanceId(audit.getId()).orElseThrow().getReviewedAt()).isNull();
  }

  @Test
  void followUpWithoutADueDateIsRefused() {
    ProcessInstance audit = awaitingReview();

    assertThatThrownBy(() -> engine.submit("robin", audit.getId(), "Task_ReviewFindings", findings("["
        + finding("OTHER", "maria", "Anything", null) + "]")))
        .isInstanceOf(FormRejectedException.class)
        .satisfies(e -> assertThat(((FormRejectedException) e).problems()).extracting("field")
            .containsExactly("findings[0].followUpDueDate"));
    assertThat(audit).isWaitingAt("Task_ReviewFindings");
  }

  @Test
  void followUpNotTickedDoneIsRefused() {
    ProcessInstance audit = awaitingReview();
    engine.submit("robin", audit.getId(), "Task_ReviewFindings", findings("["
        + finding("OTHER", "maria", "Anything", LocalDate.now().plusDays(3)) + "]"));
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(audit.getId()).singleResult();

    assertThatThrownBy(() -> engine.submit("maria", followUp.getId(), "Task_CompleteFollowUpAction",
        Map.of("followUpDone", false)))
        .isInstanceOf(FormRejectedException.class)
        .satisfies(e -> assertThat(((FormRejectedException) e).problems()).extracting("field").containsExactly("followUpDone"));
    assertThat(followUp).isWaitingAt("Task_CompleteFollowUpAction");
  }
}
