package org.peersupport.supervision.referral;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The referral ends: connected, declined by the peer (at consent or at a follow-up), or stopped by a
 * revoked consent. The outcome is recorded and handed back to the scope check.
 */
@Component("closeReferral")
class CloseReferral implements ExecutionListener {

  static final Map<String, ReferralOutcome> OUTCOME_BY_END_EVENT = Map.of(
      "Event_Connected", ReferralOutcome.CONNECTED,
      "Event_ConsentRefused", ReferralOutcome.DECLINED_BY_PEER,
      "Event_DeclinedByPeer", ReferralOutcome.DECLINED_BY_PEER,
      "Event_SharingStopped", ReferralOutcome.CONSENT_REVOKED);

  private final Referrals referrals;

  CloseReferral(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ReferralOutcome outcome = OUTCOME_BY_END_EVENT.get(execution.getCurrentActivityId());
    if (outcome == null) {
      throw new IllegalStateException("closeReferral is only for the referral's end events");
    }
    LicensedCareReferral referral = referrals.of(execution.getProcessInstanceId());
    referral.close(outcome, Instant.now());
    referrals.save(referral);
    execution.getProcessInstance().setVariable(ReferralVariables.REFERRAL_OUTCOME, outcome.name());
  }
}
