package org.peersupport.supervision.referral;

import static org.peersupport.supervision.referral.ReferralVariables.FOLLOW_UP_ATTEMPTS;
import static org.peersupport.supervision.referral.ReferralVariables.SUPERVISOR_NEEDED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The supervisor said how to go on: the count of "not yet" attempts starts again. */
@Component("recordSupervisorReferralReview")
class RecordSupervisorReferralReview implements TaskListener {

  private final FormValidator forms;
  private final Referrals referrals;

  RecordSupervisorReferralReview(FormValidator forms, Referrals referrals) {
    this.forms = forms;
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    forms.read(SupervisorReferralReviewForm.class, task.getVariables());
    LicensedCareReferral referral = referrals.of(task.getProcessInstanceId());
    referral.reviewedBySupervisor();
    referrals.save(referral);
    task.setVariable(FOLLOW_UP_ATTEMPTS, 0);
    task.setVariable(SUPERVISOR_NEEDED, false);
  }
}
