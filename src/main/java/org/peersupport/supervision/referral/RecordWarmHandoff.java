package org.peersupport.supervision.referral;

import static org.peersupport.supervision.referral.ReferralVariables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * The warm handoff was made: the first follow-up is due after the appointment date. A handoff shares
 * information with the provider, so it is refused unless the peer's consent is in force.
 */
@Component("recordWarmHandoff")
class RecordWarmHandoff implements TaskListener {

  private final FormValidator forms;
  private final Referrals referrals;

  RecordWarmHandoff(FormValidator forms, Referrals referrals) {
    this.forms = forms;
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    WarmHandoffForm form = forms.read(WarmHandoffForm.class, task.getVariables());
    LicensedCareReferral referral = referrals.of(task.getProcessInstanceId());
    if (!referral.consentInForce()) {
      throw FormRejectedException.of("licensed-care-referral-handoff", "consent",
          "the peer's consent to share information is not in force");
    }
    referral.handedOff(form, Instant.now());
    referrals.save(referral);
    task.setVariable(FOLLOW_UP_DATE, form.appointmentDate().toString());
    task.setVariable(ReferralVariables.FOLLOW_UP_DATE_SHOWN, Dates.shown(form.appointmentDate()));
    task.setVariable(FOLLOW_UP_ATTEMPTS, 0);
    task.setVariable(SUPERVISOR_NEEDED, false);
  }
}
