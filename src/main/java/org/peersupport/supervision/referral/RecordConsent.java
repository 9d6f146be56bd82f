package org.peersupport.supervision.referral;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The peer's consent (or refusal) is recorded; nothing leaves the program before consent is given. */
@Component("recordConsent")
class RecordConsent implements TaskListener {

  private final FormValidator forms;
  private final Referrals referrals;

  RecordConsent(FormValidator forms, Referrals referrals) {
    this.forms = forms;
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    ConsentForm form = forms.read(ConsentForm.class, task.getVariables());
    LicensedCareReferral referral = referrals.of(task.getProcessInstanceId());
    referral.consent(form, Instant.now());
    if (form.consentExpiresOn() != null) {
      task.setVariable(ReferralVariables.CONSENT_EXPIRES_SHOWN, Dates.shown(form.consentExpiresOn()));
    }
    referrals.save(referral);
  }
}
