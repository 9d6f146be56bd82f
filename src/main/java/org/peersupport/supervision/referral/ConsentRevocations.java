package org.peersupport.supervision.referral;

import static org.peersupport.supervision.referral.ReferralVariables.CONSENT_REVOKED_MESSAGE;
import static org.peersupport.supervision.referral.ReferralVariables.CONSENT_REVOKED_ON;
import static org.peersupport.supervision.referral.ReferralVariables.REVOCATION_REFERENCE;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a peer's written revocation of their consent: the open referral of a scope check receives
 * the {@code ConsentRevoked} message, which interrupts whatever step it is at, so nothing further is
 * shared. Callers check first that the current user may do this (the specialist or their supervisor).
 */
@Service
public class ConsentRevocations {

  static final String FORM = "consent-revocation";

  private final Referrals referrals;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public ConsentRevocations(Referrals referrals, RuntimeService runtimeService,
      IdentityService identityService) {
    this.referrals = referrals;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** The referral of a scope check (the latest one), or 404. */
  @Transactional(readOnly = true)
  public LicensedCareReferral referralOf(String scopeCheckInstanceId) {
    return referrals.findFirstByScopeCheckProcessInstanceIdOrderByReferredAtDesc(scopeCheckInstanceId)
        .orElseThrow(() -> new NotFoundException("This scope check has no referral."));
  }

  @Transactional
  public LicensedCareReferral revoke(String scopeCheckInstanceId, LocalDate revokedOn, String revocationReference) {
    LicensedCareReferral referral = referralOf(scopeCheckInstanceId);
    if (referral.getOutcome() != null) {
      throw FormRejectedException.of(FORM, "referral", "is already closed: nothing is being shared any more");
    }
    if (!referral.consentInForce()) {
      throw FormRejectedException.of(FORM, "consent", "no consent in force to revoke: nothing has been shared");
    }
    Privileged.run(identityService, () -> runtimeService.createMessageCorrelation(CONSENT_REVOKED_MESSAGE)
        .processInstanceId(referral.getProcessInstanceId())
        .setVariable(CONSENT_REVOKED_ON, revokedOn.toString())
        .setVariable(REVOCATION_REFERENCE, revocationReference)
        .correlate());
    return referrals.findByProcessInstanceId(referral.getProcessInstanceId()).orElseThrow();
  }
}
