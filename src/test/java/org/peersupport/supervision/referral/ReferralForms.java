package org.peersupport.supervision.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/** Valid submissions of the referral's forms, as Tasklist sends them; tests change one field. */
final class ReferralForms {

  private ReferralForms() {}

  static Map<String, Object> scopeCheck(String category) {
    Map<String, Object> form = new HashMap<>();
    form.put("peerCode", "P-20417");
    form.put("requestCategory", category);
    form.put("needUnclear", false);
    form.put("riskIndicators", SpinValues.jsonValue("[]").create());
    form.put("scopeDescription", "Asked about changing the dose of a prescribed medication.");
    return form;
  }

  static Map<String, Object> consentGiven() {
    Map<String, Object> form = new HashMap<>();
    form.put("consentDecision", "GIVEN");
    form.put("disclosingProgram", "Riverside Peer Support Program");
    form.put("disclosureRecipient", "Riverside Community Psychiatry");
    form.put("informationToDisclose", "Contact details and the reason for the referral");
    form.put("disclosurePurpose", "To arrange a psychiatry appointment");
    form.put("consentExpiresOn", LocalDate.now().plusMonths(6).toString());
    form.put("revocationRightExplained", true);
    form.put("consentSignedOn", LocalDate.now().toString());
    form.put("signedConsentReference", "CONSENT-2026-118");
    return form;
  }

  static Map<String, Object> handoff(LocalDate appointment) {
    Map<String, Object> form = new HashMap<>();
    form.put("providerType", "PSYCHIATRY");
    form.put("handoffMethod", "JOINT_CALL");
    form.put("appointmentDate", appointment.toString());
    return form;
  }

  static Map<String, Object> followUp(String result) {
    return new HashMap<>(Map.of("followUpResult", result));
  }

  static Map<String, Object> reEngage(LocalDate next) {
    return new HashMap<>(Map.of("reEngagementAction", "CALLED", "nextFollowUpOn", next.toString()));
  }

  static Map<String, Object> supervisorReview(String direction) {
    return new HashMap<>(Map.of("supervisorDirection", direction));
  }
}
