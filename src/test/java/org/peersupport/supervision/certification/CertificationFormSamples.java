package org.peersupport.supervision.certification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.peersupport.supervision.validation.FormSamples;

/** Valid submissions of certification-renewal's forms. */
public class CertificationFormSamples implements FormSamples {

  @Override
  public Map<String, Map<String, Object>> samples() {
    return Map.of(
        "certification-renewal-renewal", renewed(LocalDate.now().plusYears(2)),
        "certification-renewal-reminder", new HashMap<>());
  }

  static Map<String, Object> renewed(LocalDate newExpiresOn) {
    Map<String, Object> form = new HashMap<>();
    form.put("renewalDecision", "RENEWED");
    form.put("newExpiresOn", newExpiresOn.toString());
    form.put("renewalEvidence", "Renewal letter from the state certification board, reference CB-2291.");
    return form;
  }

  static Map<String, Object> notRenewing() {
    Map<String, Object> form = new HashMap<>();
    form.put("renewalDecision", "NOT_RENEWING");
    return form;
  }
}
