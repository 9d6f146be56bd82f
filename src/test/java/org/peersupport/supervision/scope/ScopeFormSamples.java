package org.peersupport.supervision.scope;

import java.util.Map;
import org.peersupport.supervision.validation.FormSamples;

/** Valid submissions of the scope check's forms. */
public class ScopeFormSamples implements FormSamples {

  @Override
  public Map<String, Map<String, Object>> samples() {
    return Map.of(
        "scope-check-start", ScopeForms.start("MEDICATION_QUESTION"),
        "scope-check-supervisor-decision", ScopeForms.decide("REFER", "Needs a prescriber."),
        "scope-check-crisis-response", ScopeForms.crisisResponse(),
        "scope-check-crisis-acknowledgment", ScopeForms.acknowledge(),
        "scope-check-mandatory-report", ScopeForms.mandatoryReport());
  }
}
