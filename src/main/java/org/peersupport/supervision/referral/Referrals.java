package org.peersupport.supervision.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The referrals to licensed care: one collection with one name, the record of a process instance among them. */
public interface Referrals extends JpaRepository<LicensedCareReferral, Long> {

  Optional<LicensedCareReferral> findByProcessInstanceId(String processInstanceId);

  Optional<LicensedCareReferral> findFirstByScopeCheckProcessInstanceIdOrderByReferredAtDesc(String scopeCheckInstanceId);

  /** A specialist's referrals, newest first (for /me: the ones whose consent they may record as revoked). */
  java.util.List<LicensedCareReferral> findBySpecialistIdOrderByReferredAtDesc(String specialistId);

  /** The referral record of a process instance, which the process created at its start. */
  default LicensedCareReferral of(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no referral record for this process instance"));
  }
}
