package org.peersupport.supervision.certification;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The specialist recorded a renewal: the certification gets the new expiry and evidence, is current
 * again (no longer flagged expired) and waits for a program lead's verification; the process starts
 * the next renewal period from the new expiry.
 */
@Component("recordRenewal")
class RecordRenewal implements TaskListener {

  private final FormValidator forms;
  private final Certifications certifications;

  RecordRenewal(FormValidator forms, Certifications certifications) {
    this.forms = forms;
    this.certifications = certifications;
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    RenewalForm renewal = forms.read(RenewalForm.class, task.getVariables());
    if (renewal.renewalDecision() != RenewalDecision.RENEWED) {
      return;
    }
    Certification certification = certifications.findById(
        ((Number) task.getVariable(RenewalVariables.CERTIFICATION_ID)).longValue()).orElseThrow();
    if (!renewal.newExpiresOn().isAfter(certification.getExpiresOn())) {
      throw FormRejectedException.of("certification-renewal-renewal", "newExpiresOn",
          "must be after the current expiry");
    }
    certification.renew(renewal.newExpiresOn(), renewal.renewalEvidence().strip(), Instant.now());
    task.getExecution().setVariable(RenewalVariables.EXPIRES_ON, renewal.newExpiresOn().toString());
    task.getExecution().setVariable(RenewalVariables.REMINDED_DAYS_BEFORE, null);
    task.getExecution().setVariable(RenewalVariables.EXPIRED, false);
  }
}
