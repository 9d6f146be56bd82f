package org.peersupport.supervision.referral;

import static org.peersupport.supervision.referral.ReferralVariables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A scope check referred the peer to licensed care: the referral is recorded with its start time. */
@Component("openReferral")
class OpenReferral implements ExecutionListener {

  private final Referrals referrals;

  OpenReferral(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    referrals.save(new LicensedCareReferral(execution.getProcessInstanceId(),
        (String) execution.getVariable(SCOPE_CHECK_INSTANCE_ID), (String) execution.getVariable(SPECIALIST_ID),
        (String) execution.getVariable(SUPERVISOR_ID), (String) execution.getVariable(PEER_CODE),
        (String) execution.getVariable(REQUEST_CATEGORY), Instant.now()));
    execution.setVariable(FOLLOW_UP_ATTEMPTS, 0);
    execution.setVariable(SUPERVISOR_NEEDED, false);
  }
}
