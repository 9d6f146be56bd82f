package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/** Valid submissions of the supervision cycle's forms, as Tasklist sends them; tests change one field. */
final class CycleForms {

  private CycleForms() {}

  static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  static Map<String, Object> start(String specialistId) {
    return new HashMap<>(Map.of("specialistId", specialistId));
  }

  static Map<String, Object> assignPrompts(LocalDate due) {
    Map<String, Object> form = new HashMap<>();
    form.put("reflectionPrompts", json("[\"BOUNDARIES\",\"OWN_RECOVERY\"]"));
    form.put("reflectionDueDate", due.toString());
    return form;
  }

  static Map<String, Object> reflection() {
    Map<String, Object> form = new HashMap<>();
    form.put("boundariesAnswer", "P-1042 offered a gift card; I thanked them and declined, and we talked about why.");
    form.put("ownRecoveryAnswer", "Steady. A hard week but I used my own supports.");
    form.put("disclosureSummary", "Shared briefly with P-1042 about my first year in recovery (Ask-Share-Ask).");
    form.put("wellnessSelfRating", "4");
    form.put("wellnessNote", "Sleeping better.");
    form.put("questionsForSupervision", "How much of my story is too much in a group?");
    for (CompetencyDomain domain : CompetencyDomain.values()) {
      form.put(domain.ratingField(), 3);
    }
    return form;
  }

  static Map<String, Object> sessionRecord(boolean wellnessConcern) {
    Map<String, Object> form = new HashMap<>();
    form.put("sessionDate", LocalDate.now().toString());
    form.put("durationMinutes", 60);
    form.put("sessionFormat", "INDIVIDUAL");
    form.put("topics", json("[\"BOUNDARIES\",\"SELF_DISCLOSURE\"]"));
    form.put("competenciesDiscussed", json("[\"SHARING_LIVED_EXPERIENCE\"]"));
    form.put("actionItems", json("[{\"what\":\"Practise Ask-Share-Ask in the Tuesday group\",\"owner\":\"SPECIALIST\",\"dueDate\":\""
        + LocalDate.now().plusDays(14) + "\"}]"));
    form.put("sessionNotes", "Talked through the gift and the group.");
    form.put("wellnessConcern", wellnessConcern);
    return form;
  }

  static Map<String, Object> acknowledge() {
    Map<String, Object> form = new HashMap<>();
    form.put("recordDecision", "ACKNOWLEDGE");
    form.put("attestation", true);
    return form;
  }

  static Map<String, Object> requestCorrection() {
    Map<String, Object> form = new HashMap<>();
    form.put("recordDecision", "REQUEST_CORRECTION");
    form.put("correctionRequest", "We met for 90 minutes, not 60.");
    return form;
  }

  static Map<String, Object> wellnessPlan() {
    return new HashMap<>(Map.of("supportPlan", "Fewer evening groups for a month; check in weekly; EAP number shared.",
        "planReviewDate", LocalDate.now().plusDays(30).toString()));
  }

  static Map<String, Object> confirmPlan() {
    return new HashMap<>(Map.of("planConfirmed", true));
  }
}
