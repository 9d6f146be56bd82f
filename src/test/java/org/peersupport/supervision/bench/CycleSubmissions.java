package org.peersupport.supervision.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peersupport.supervision.cycle.CompetencyDomain;

/** The forms of one supervision cycle as Tasklist submits them, the same for the product and the bare engine. */
final class CycleSubmissions {

  private CycleSubmissions() {}

  static Map<String, Object> start(String specialistId) {
    return new HashMap<>(Map.of("specialistId", specialistId));
  }

  /** What the product's start listener adds; the bare engine gets it with the start form instead. */
  static Map<String, Object> bareStart(String supervisorId, String specialistId) {
    Map<String, Object> form = start(specialistId);
    form.put("supervisorId", supervisorId);
    form.put("specialistName", "Specialist " + specialistId);
    form.put("supervisorName", "Supervisor " + supervisorId);
    form.put("reflectionDueDate", LocalDate.now().plusDays(7).toString());
    return form;
  }

  static Map<String, Object> assignPrompts() {
    Map<String, Object> form = new HashMap<>();
    form.put("reflectionPrompts", SpinValues.jsonValue("[\"BOUNDARIES\",\"OWN_RECOVERY\"]").create());
    form.put("reflectionDueDate", LocalDate.now().plusDays(7).toString());
    return form;
  }

  static Map<String, Object> reflection() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("boundariesAnswer", "P-1042 offered a gift card; I thanked them and declined, and we talked about why.");
    form.put("ownRecoveryAnswer", "Steady. A hard week but I used my own supports.");
    form.put("disclosureSummary", "Shared briefly with P-1042 about my first year in recovery (Ask-Share-Ask).");
    form.put("wellnessSelfRating", 4);
    form.put("wellnessNote", "Sleeping better.");
    form.put("questionsForSupervision", "How much of my story is too much in a group?");
    for (CompetencyDomain domain : CompetencyDomain.values()) {
      form.put(domain.ratingField(), 3);
    }
    return form;
  }

  static Map<String, Object> sessionRecord() {
    Map<String, Object> form = new HashMap<>();
    form.put("sessionDate", LocalDate.now().toString());
    form.put("durationMinutes", 60);
    form.put("sessionFormat", "INDIVIDUAL");
    form.put("topics", SpinValues.jsonValue("[\"BOUNDARIES\",\"SELF_DISCLOSURE\"]").create());
    form.put("competenciesDiscussed", SpinValues.jsonValue("[\"SHARING_LIVED_EXPERIENCE\"]").create());
    form.put("actionItems", SpinValues.jsonValue("[{\"what\":\"Practise Ask-Share-Ask in the Tuesday group\","
        + "\"owner\":\"SPECIALIST\",\"dueDate\":\"" + LocalDate.now().plusDays(14) + "\"}]").create());
    form.put("sessionNotes", "Talked through the gift and the group.");
    form.put("wellnessConcern", false);
    return form;
  }

  static Map<String, Object> sign() {
    Map<String, Object> form = new HashMap<>();
    form.put("recordDecision", "ACKNOWLEDGE");
    form.put("attestation", true);
    return form;
  }
}
