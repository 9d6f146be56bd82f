package org.peersupport.supervision.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.validation.FormRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of licensed-care-referral, called from a scope check as in production, as the demo users. */
@ProcessTest
class LicensedCareReferralProcessTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired Referrals referrals;
  @Autowired ConsentRevocations revocations;

  /** The peer of ReferralForms.scopeCheck. */
  private static final String PEER = "P-20417";

  private ProcessInstance scopeCheck;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** jordan raises a medication question, maria confirms the referral: the referral waits for consent. */
  private ProcessInstance referral() {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("scope-check").latestVersion().singleResult().getId();
    scopeCheck = engine.as("jordan", () -> (ProcessInstance) processEngine.getFormService()
        .submitStartForm(definition, ReferralForms.scopeCheck("MEDICATION_QUESTION")));
    engine.submit("maria", scopeCheck.getId(), "Task_DecideScope", Map.of("supervisorOutcome", "REFER"));
    ProcessInstance referral = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(scopeCheck.getId()).singleResult();
    assertThat(referral).isWaitingAt("Task_RecordConsent").task().isAssignedTo("jordan");
    return referral;
  }

  private ProcessInstance handedOff(LocalDate appointment) {
    ProcessInstance referral = referral();
    engine.submit("jordan", referral.getId(), "Task_RecordConsent", ReferralForms.consentGiven());
    assertThat(referral).isWaitingAt("Task_WarmHandoff");
    assertThat(engine.task(referral.getId(), "Task_WarmHandoff").getName())
        .isEqualTo("Referral for " + PEER + ": hand the peer over to licensed care (warm handoff)");
    // the handoff form shows until when the consent lasts, as people read a date
    assertThat((String) processEngine.getRuntimeService().getVariable(referral.getId(), "consentExpiresOnShown"))
        .matches("[1-9][0-9]? [A-Z][a-z]{2} [0-9]{4}");
    engine.submit("jordan", referral.getId(), "Task_WarmHandoff", ReferralForms.handoff(appointment));
    assertThat(referral).isWaitingAt("Event_FollowUpDue");
    assertThat(processEngine.getRuntimeService().getVariable(referral.getId(), "followUpDateShown"))
        .isEqualTo(appointment.getDayOfMonth() + " "
            + appointment.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
            + " " + appointment.getYear());
    return referral;
  }

  private void followUpDue(ProcessInstance referral, LocalDate day) {
    var timer = processEngine.getManagementService().createJobQuery().processInstanceId(referral.getId())
        .activityId("Event_FollowUpDue").singleResult();
    // default: one day after the appointment (or agreed) date
    assertThat(timer.getDuedate()).isEqualTo(startOf(day.plusDays(1)));
    ClockUtil.setCurrentTime(startOf(day.plusDays(1)));
    engine.fireTimer(referral.getId(), "Event_FollowUpDue");
    assertThat(referral).isWaitingAt("Task_FollowUp").task().isAssignedTo("jordan");
    assertThat(engine.task(referral.getId(), "Task_FollowUp").getName())
        .isEqualTo("Referral for " + PEER + ": ask how the appointment went");
  }

  private LicensedCareReferral record(ProcessInstance referral) {
    return referrals.findByProcessInstanceId(referral.getId()).orElseThrow();
  }

  @Test
  void connectedAfterTheAppointmentEndsConnectedWithItsTimings() {
    LocalDate appointment = LocalDate.now().plusDays(5);
    ProcessInstance referral = handedOff(appointment);
    followUpDue(referral, appointment);

    engine.submit("jordan", referral.getId(), "Task_FollowUp", ReferralForms.followUp("CONNECTED"));

    assertThat(referral).isEnded().hasPassed("Event_Connected");
    assertThat(scopeCheck).isEnded().hasPassed("Event_ReferralClosed");
    LicensedCareReferral recorded = record(referral);
    assertThat(recorded.getOutcome()).isEqualTo(ReferralOutcome.CONNECTED);
    assertThat(recorded.getSignedConsent().getReference()).isEqualTo("CONSENT-2026-118");
    assertThat(recorded.getSignedConsent().getRevocationRightExplained()).isTrue();
    assertThat(recorded.getHandoff().getProviderType()).isEqualTo(ProviderType.PSYCHIATRY);
    assertThat(recorded.getHandoff().getAppointmentDate()).isEqualTo(appointment);
    assertThat(recorded.getHandoffAt()).isAfterOrEqualTo(recorded.getReferredAt());
    assertThat(recorded.getConnectedAt()).isAfterOrEqualTo(recorded.getHandoffAt());
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(scopeCheck.getId()).variableName("referralOutcome").singleResult().getValue())
        .isEqualTo("CONNECTED");
  }

  @Test
  void refusedConsentEndsAsDeclinedByThePeerWithNothingShared() {
    ProcessInstance referral = referral();

    engine.submit("jordan", referral.getId(), "Task_RecordConsent", Map.of("consentDecision", "REFUSED"));

    assertThat(referral).isEnded().hasPassed("Event_ConsentRefused").hasNotPassed("Task_WarmHandoff");
    LicensedCareReferral recorded = record(referral);
    assertThat(recorded.getOutcome()).isEqualTo(ReferralOutcome.DECLINED_BY_PEER);
    assertThat(recorded.getConsentDecision()).isEqualTo(ConsentDecision.REFUSED);
    assertThat(recorded.getHandoffAt()).isNull();
  }

  @Test
  void consentWithoutThePart2ElementsIsRefusedAndTheReferralCannotProceed() {
    ProcessInstance referral = referral();
    Map<String, Object> incomplete = ReferralForms.consentGiven();
    incomplete.remove("disclosurePurpose");
    incomplete.put("revocationRightExplained", false);

    assertThatThrownBy(() -> engine.submit("jordan", referral.getId(), "Task_RecordConsent", incomplete))
        .isInstanceOf(FormRejectedException.class)
        .hasMessageContaining("disclosurePurpose").hasMessageContaining("revocationRightExplained");

    assertThat(referral).isWaitingAt("Task_RecordConsent");
    assertThat(record(referral).getConsentDecision()).isNull();
    assertThat(processEngine.getRuntimeService().getVariable(referral.getId(), "consentDecision")).isNull();
  }

  @Test
  void declinedAtTheFollowUpIsRecordedAsThePeersChoice() {
    LocalDate appointment = LocalDate.now().plusDays(3);
    ProcessInstance referral = handedOff(appointment);
    followUpDue(referral, appointment);

    engine.submit("jordan", referral.getId(), "Task_FollowUp", ReferralForms.followUp("DECLINED"));

    assertThat(referral).isEnded().hasPassed("Event_DeclinedByPeer");
    assertThat(record(referral).getOutcome()).isEqualTo(ReferralOutcome.DECLINED_BY_PEER);
    assertThat(record(referral).getConnectedAt()).isNull();
  }

  @Test
  void notYetReEngagesAndFollowsUpAgainAfterTheAgreedDate() {
    LocalDate appointment = LocalDate.now().plusDays(2);
    ProcessInstance referral = handedOff(appointment);
    followUpDue(referral, appointment);

    engine.submit("jordan", referral.getId(), "Task_FollowUp", ReferralForms.followUp("NOT_YET"));
    assertThat(referral).isWaitingAt("Task_ReEngagePeer");
    assertThat(record(referral).getFollowUpAttempts()).isEqualTo(1);
    LocalDate next = LocalDate.now().plusDays(10);
    engine.submit("jordan", referral.getId(), "Task_ReEngagePeer", ReferralForms.reEngage(next));
    followUpDue(referral, next);
    engine.submit("jordan", referral.getId(), "Task_FollowUp", ReferralForms.followUp("CONNECTED"));

    assertThat(referral).isEnded().hasPassed("Event_Connected");
  }

  @Test
  void afterThreeNotYetTheSupervisorIsAskedAndCanAskToKeepTrying() {
    LocalDate appointment = LocalDate.now().plusDays(2);
    ProcessInstance referral = handedOff(appointment);
    LocalDate due = appointment;
    for (int attempt = 1; attempt <= 2; attempt++) {
      followUpDue(referral, due);
      engine.submit("jordan", referral.getId(), "Task_FollowUp", ReferralForms.followUp("NOT_YET"));
      due = LocalDate.now().plusDays(7);
      engine.submit("jordan", referral.getId(), "Task_ReEngagePeer", ReferralForms.reEngage(due));
    }
    followUpDue(referral, due);

    engine.submit("jordan", referral.getId(), "Task_FollowUp", ReferralForms.followUp("NOT_YET"));

    assertThat(referral).isWaitingAt("Task_SupervisorReview").task().isAssignedTo("maria");
    assertThat(engine.task(referral.getId(), "Task_SupervisorReview").getName())
        .isEqualTo("Referral by Jordan Lee for " + PEER + " not connected yet: how to go on");
    assertThat(record(referral).getFollowUpAttempts()).isEqualTo(3);
    engine.submit("maria", referral.getId(), "Task_SupervisorReview", ReferralForms.supervisorReview("KEEP_TRYING"));

    assertThat(referral).isWaitingAt("Task_ReEngagePeer");
    assertThat(record(referral).getFollowUpAttempts()).isZero();
    assertThat(record(referral).getSupervisorReviews()).isEqualTo(1);
  }

  @Test
  void supervisorCanAskForANewHandoff() {
    LocalDate appointment = LocalDate.now().plusDays(2);
    ProcessInstance referral = handedOff(appointment);
    LocalDate due = appointment;
    for (int attempt = 1; attempt <= 3; attempt++) {
      followUpDue(referral, due);
      engine.submit("jordan", referral.getId(), "Task_FollowUp", ReferralForms.followUp("NOT_YET"));
      if (attempt < 3) {
        due = LocalDate.now().plusDays(7);
        engine.submit("jordan", referral.getId(), "Task_ReEngagePeer", ReferralForms.reEngage(due));
      }
    }

    engine.submit("maria", referral.getId(), "Task_SupervisorReview", ReferralForms.supervisorReview("NEW_HANDOFF"));

    assertThat(referral).isWaitingAt("Task_WarmHandoff");
    Map<String, Object> primaryCare = ReferralForms.handoff(LocalDate.now().plusDays(4));
    primaryCare.put("providerType", "PRIMARY_CARE");
    engine.submit("jordan", referral.getId(), "Task_WarmHandoff", primaryCare);
    assertThat(referral).isWaitingAt("Event_FollowUpDue");
    assertThat(record(referral).getHandoff().getProviderType()).isEqualTo(ProviderType.PRIMARY_CARE);
  }

  @Test
  void revokedConsentStopsTheReferralAtWhateverStepItIs() {
    LocalDate appointment = LocalDate.now().plusDays(5);
    ProcessInstance referral = handedOff(appointment);

    revocations.revoke(scopeCheck.getId(), LocalDate.now(), "REVOKE-2026-7");

    assertThat(referral).isEnded().hasPassed("Event_ConsentRevoked", "Task_StopSharing", "Event_SharingStopped")
        .hasNotPassed("Task_FollowUp");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(referral.getId()).count()).isZero();
    assertThat(scopeCheck).isEnded().hasPassed("Event_ReferralClosed");
    LicensedCareReferral recorded = record(referral);
    assertThat(recorded.getOutcome()).isEqualTo(ReferralOutcome.CONSENT_REVOKED);
    assertThat(recorded.getRevocation().getReference()).isEqualTo("REVOKE-2026-7");
    assertThat(recorded.consentInForce()).isFalse();
  }

  @Test
  void thereIsNoConsentToRevokeBeforeItIsGiven() {
    ProcessInstance referral = referral();

    assertThatThrownBy(() -> revocations.revoke(scopeCheck.getId(), LocalDate.now(), "REVOKE-1"))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("consent: no consent in force");

    assertThat(referral).isWaitingAt("Task_RecordConsent");
  }

  @Test
  void handoffWithAnAppointmentInThePastIsRefused() {
    ProcessInstance referral = referral();
    engine.submit("jordan", referral.getId(), "Task_RecordConsent", ReferralForms.consentGiven());

    assertThatThrownBy(() -> engine.submit("jordan", referral.getId(), "Task_WarmHandoff",
        ReferralForms.handoff(LocalDate.now().minusDays(1))))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("appointmentDate");

    assertThat(referral).isWaitingAt("Task_WarmHandoff");
    assertThat(record(referral).getHandoffAt()).isNull();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
