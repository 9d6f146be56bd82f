package org.peersupport.supervision.referral;

import java.time.LocalDate;
import java.util.Map;
import org.peersupport.supervision.validation.FormSamples;

/** Valid submissions of the licensed-care referral's forms. */
public class ReferralFormSamples implements FormSamples {

  @Override
  public Map<String, Map<String, Object>> samples() {
    return Map.of(
        "licensed-care-referral-consent", ReferralForms.consentGiven(),
        "licensed-care-referral-handoff", ReferralForms.handoff(LocalDate.now().plusDays(5)),
        "licensed-care-referral-follow-up", ReferralForms.followUp("CONNECTED"),
        "licensed-care-referral-re-engage", ReferralForms.reEngage(LocalDate.now().plusDays(7)),
        "licensed-care-referral-supervisor-review", ReferralForms.supervisorReview("KEEP_TRYING"));
  }
}
