package org.peersupport.supervision.disclosure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peersupport.supervision.validation.FormSamples;

/** Valid submissions of the disclosure and boundary reflection's forms. */
public class ReflectionFormSamples implements FormSamples {

  @Override
  public Map<String, Map<String, Object>> samples() {
    Map<String, Object> wellness = new HashMap<>();
    wellness.put("wellnessSupports", SpinValues.jsonValue("[\"TALK_WITH_SUPERVISOR_SOON\"]").create());
    wellness.put("wellnessNote", "I would like to talk this week.");
    return Map.of(
        "disclosure-reflection-start", ReflectionForms.assign("alex", "The gift card from last week."),
        "disclosure-reflection-reflection", ReflectionForms.lowRisk(),
        "disclosure-reflection-review", ReflectionForms.review("CORRECTIVE_PLAN"),
        "disclosure-reflection-plan-agreement", ReflectionForms.agreePlan(),
        "disclosure-reflection-follow-up-review", ReflectionForms.followUp("PLAN_EXTENDED", LocalDate.now().plusDays(14)),
        "disclosure-reflection-wellness-support", wellness,
        "disclosure-reflection-ethics-consultation",
            new HashMap<>(Map.of("ethicsOutcome", "GUIDANCE_GIVEN", "ethicsNote", "Spoke with the supervisor.")));
  }
}
