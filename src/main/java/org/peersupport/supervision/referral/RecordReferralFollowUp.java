package org.peersupport.supervision.referral;

import static org.peersupport.supervision.referral.ReferralVariables.FOLLOW_UP_ATTEMPTS;
import static org.peersupport.supervision.referral.ReferralVariables.SUPERVISOR_NEEDED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * The follow-up's result. A "not yet" counts as an attempt; after the configured number in a row the
 * supervisor is asked how to go on. Connected and declined are recorded when the referral closes.
 */
@Component("recordReferralFollowUp")
class RecordReferralFollowUp implements TaskListener {

  private final FormValidator forms;
  private final Referrals referrals;
  private final ReferralTimers timers;

  RecordReferralFollowUp(FormValidator forms, Referrals referrals, ReferralTimers timers) {
    this.forms = forms;
    this.referrals = referrals;
    this.timers = timers;
  }

  @Override
  public void notify(DelegateTask task) {
    ReferralFollowUpForm form = forms.read(ReferralFollowUpForm.class, task.getVariables());
    if (form.followUpResult() != FollowUpResult.NOT_YET) {
      return;
    }
    LicensedCareReferral referral = referrals.of(task.getProcessInstanceId());
    int attempts = referral.notYetConnected();
    referrals.save(referral);
    task.setVariable(FOLLOW_UP_ATTEMPTS, attempts);
    task.setVariable(SUPERVISOR_NEEDED, attempts >= timers.attemptsBeforeSupervisor());
  }
}
