package org.peersupport.supervision.referral;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LicensedCareReferralRepository extends JpaRepository<LicensedCareReferral, Long> {

  Optional<LicensedCareReferral> findByProcessInstanceId(String processInstanceId);

  Optional<LicensedCareReferral> findFirstByScopeCheckProcessInstanceIdOrderByReferredAtDesc(String scopeCheckInstanceId);
}
