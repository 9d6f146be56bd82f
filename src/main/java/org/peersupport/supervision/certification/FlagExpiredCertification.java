package org.peersupport.supervision.certification;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The expiry has passed without a renewal: the certification is flagged EXPIRED on the specialist's record. */
@Component("flagExpiredCertification")
class FlagExpiredCertification implements JavaDelegate {

  private final Certifications certifications;

  FlagExpiredCertification(Certifications certifications) {
    this.certifications = certifications;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    Certification certification = certifications.findById(
        ((Number) execution.getVariable(RenewalVariables.CERTIFICATION_ID)).longValue()).orElseThrow();
    certification.markExpired(Instant.now());
    execution.setVariable(RenewalVariables.EXPIRED, true);
  }
}
