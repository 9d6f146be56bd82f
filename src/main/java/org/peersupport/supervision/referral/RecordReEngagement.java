package org.peersupport.supervision.referral;

import static org.peersupport.supervision.referral.ReferralVariables.FOLLOW_UP_DATE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/** The specialist re-engaged the peer: the next follow-up is due after the agreed date. */
@Component("recordReEngagement")
class RecordReEngagement implements TaskListener {

  private final FormValidator forms;

  RecordReEngagement(FormValidator forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    ReEngagementForm form = forms.read(ReEngagementForm.class, task.getVariables());
    task.setVariable(FOLLOW_UP_DATE, form.nextFollowUpOn().toString());
    task.setVariable(ReferralVariables.FOLLOW_UP_DATE_SHOWN, Dates.shown(form.nextFollowUpOn()));
  }
}
