package org.peersupport.supervision.referral;

import org.springframework.stereotype.Component;

/** The referral record of a process instance. */
@Component
class Referrals {

  private final LicensedCareReferralRepository repository;

  Referrals(LicensedCareReferralRepository repository) {
    this.repository = repository;
  }

  LicensedCareReferral of(String processInstanceId) {
    return repository.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no referral record for this process instance"));
  }

  LicensedCareReferral save(LicensedCareReferral referral) {
    return repository.save(referral);
  }
}
