package org.peersupport.supervision.workhours;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peersupport.supervision.validation.FormSamples;

/** Valid submissions of work-hours-sign-off's forms, as Tasklist sends them; tests change one field. */
public class WorkHoursForms implements FormSamples {

  /** The fixtures' note: private text (a peer code and a place) that must never reach a log. */
  public static final String NOTE = "Walked P-1042 to the housing office";

  @Override
  public Map<String, Map<String, Object>> samples() {
    return Map.of(
        "work-hours-sign-off-start", start(LocalDate.now().minusDays(1), "6.5"),
        "work-hours-sign-off-review", returned("Please split the group hours from the one-to-one hours."),
        "work-hours-sign-off-correct", resubmit(LocalDate.now().minusDays(1), "4"));
  }

  static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** Two days: one with the given hours and a note, the day before with 2 hours of documentation. */
  static Map<String, Object> start(LocalDate day, String hours) {
    Map<String, Object> form = new HashMap<>();
    form.put("entries", entries(day, hours));
    return form;
  }

  static Object entries(LocalDate day, String hours) {
    return json("[{\"workedOn\":\"" + day + "\",\"hours\":" + hours + ",\"activity\":\"ONE_TO_ONE_PEER_SUPPORT\","
        + "\"note\":\"" + NOTE + "\"},"
        + "{\"workedOn\":\"" + day.minusDays(1) + "\",\"hours\":2,\"activity\":\"DOCUMENTATION\"}]");
  }

  static Map<String, Object> signOff() {
    Map<String, Object> form = new HashMap<>();
    form.put("signOffDecision", "SIGN_OFF");
    return form;
  }

  static Map<String, Object> returned(String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("signOffDecision", "RETURN");
    form.put("returnReason", reason);
    return form;
  }

  static Map<String, Object> resubmit(LocalDate day, String hours) {
    Map<String, Object> form = new HashMap<>();
    form.put("correctionDecision", "RESUBMIT");
    form.put("entries", entries(day, hours));
    return form;
  }

  static Map<String, Object> withdraw() {
    Map<String, Object> form = new HashMap<>();
    form.put("correctionDecision", "WITHDRAW");
    return form;
  }
}
