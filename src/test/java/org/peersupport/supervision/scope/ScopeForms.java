package org.peersupport.supervision.scope;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/** Valid submissions of the scope check's forms, as Tasklist sends them; tests change one field. */
final class ScopeForms {

  private ScopeForms() {}

  static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  static Map<String, Object> start(String category, String... indicators) {
    Map<String, Object> form = new HashMap<>();
    form.put("peerCode", "P-1042");
    form.put("requestCategory", category);
    form.put("needUnclear", false);
    form.put("riskIndicators", json(indicators.length == 0 ? "[]" : "[\"" + String.join("\",\"", indicators) + "\"]"));
    form.put("scopeDescription", "Asked whether to stop a prescribed medication because of side effects.");
    return form;
  }

  static Map<String, Object> decide(String outcome, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("supervisorOutcome", outcome);
    if (reason != null) {
      form.put("decisionReason", reason);
    }
    return form;
  }

  static Map<String, Object> crisisResponse() {
    Map<String, Object> form = new HashMap<>();
    form.put("crisisActions", json("[\"CALLED_988\",\"STAYED_WITH_PEER\"]"));
    form.put("crisisContact", "CONFIRMED");
    form.put("crisisOutcome", "CRISIS_SERVICE_WITH_PEER");
    form.put("crisisNotes", "Stayed until the counselor was on the line.");
    return form;
  }

  static Map<String, Object> acknowledge() {
    return new HashMap<>(Map.of("crisisAcknowledged", true, "supervisorNote", "Called the specialist."));
  }

  static Map<String, Object> mandatoryReport() {
    Map<String, Object> form = new HashMap<>();
    form.put("reportedBy", "SUPERVISOR");
    form.put("reportAgency", "CHILD_PROTECTIVE_SERVICES");
    form.put("reportedOn", LocalDate.now().toString());
    form.put("reportReference", "CPS-2026-0042");
    return form;
  }
}
