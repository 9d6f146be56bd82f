package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.util.Map;
import org.peersupport.supervision.validation.FormSamples;

/** Valid submissions of the supervision cycle's forms and the program-lead follow-up. */
public class CycleFormSamples implements FormSamples {

  @Override
  public Map<String, Map<String, Object>> samples() {
    return Map.of(
        "supervision-cycle-start", CycleForms.start("alex"),
        "supervision-cycle-assign-prompts", CycleForms.assignPrompts(LocalDate.now().plusDays(3)),
        "supervision-cycle-reflection", CycleFormValidationTest.withAllAnswers(CycleForms.reflection()),
        "supervision-cycle-session-record", CycleForms.sessionRecord(false),
        "supervision-cycle-review-record", CycleForms.acknowledge(),
        "supervision-cycle-wellness-plan", CycleForms.wellnessPlan(),
        "supervision-cycle-confirm-wellness-plan", CycleForms.confirmPlan(),
        "program-lead-follow-up", new java.util.HashMap<>(Map.of("followUpOutcome", "SPOKE_WITH_SUPERVISOR",
            "followUpNote", "Spoke with the supervisor.")));
  }
}
