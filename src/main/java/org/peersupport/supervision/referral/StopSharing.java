package org.peersupport.supervision.referral;

import static org.peersupport.supervision.referral.ReferralVariables.CONSENT_REVOKED_ON;
import static org.peersupport.supervision.referral.ReferralVariables.REVOCATION_REFERENCE;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The peer revoked their consent: the revocation is recorded and the referral stops (every open step
 * was cancelled by the interrupting event), so nothing further is shared.
 */
@Component("stopSharing")
class StopSharing implements JavaDelegate {

  private final Referrals referrals;

  StopSharing(Referrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LicensedCareReferral referral = referrals.of(execution.getProcessInstanceId());
    referral.revokeConsent(LocalDate.parse(execution.getVariable(CONSENT_REVOKED_ON).toString()),
        (String) execution.getVariable(REVOCATION_REFERENCE), Instant.now());
    referrals.save(referral);
  }
}
