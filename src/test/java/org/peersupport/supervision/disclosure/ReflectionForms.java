package org.peersupport.supervision.disclosure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Valid submissions of the reflection's forms, as Tasklist sends them; tests change one field. */
public final class ReflectionForms {

  /** Text that must never reach a program lead. */
  public static final String PRIVATE_TEXT = "I told P-2077 about my own relapse in 2019 and the shelter where I slept";

  private ReflectionForms() {}

  public static Map<String, Object> startOwn() {
    return new HashMap<>();
  }

  static Map<String, Object> assign(String specialistId, String request) {
    Map<String, Object> form = new HashMap<>();
    form.put("specialistId", specialistId);
    form.put("reflectionRequest", request);
    return form;
  }

  /** A calibrated disclosure for the peer's benefit with low distress: LOW. */
  static Map<String, Object> lowRisk() {
    Map<String, Object> form = new HashMap<>();
    form.put("situationType", "INTENTIONAL_SELF_DISCLOSURE");
    form.put("situationDate", LocalDate.now().minusDays(1).toString());
    form.put("peerCode", "P-2077");
    form.put("whatHappened", PRIVATE_TEXT);
    form.put("purpose", "INSTIL_HOPE");
    form.put("needsServed", "PEER");
    form.put("peerResponse", "They asked how I got through it and said it helped to hear.");
    form.put("ownRecoveryDistress", 2);
    form.put("recoveryEffect", "A little tired afterwards, fine by the evening.");
    form.put("wouldDoAgain", "YES");
    form.put("wantFromSupervision", "How much detail is enough?");
    form.put("culturalHumility", "Their family sees recovery as private; mine talked about it openly.");
    return form;
  }

  /** A disclosure that served mainly the specialist's own needs: MODERATE. */
  public static Map<String, Object> moderateRisk() {
    Map<String, Object> form = lowRisk();
    form.put("needsServed", "MINE");
    form.put("wouldDoAgain", "WITH_CHANGES");
    form.put("doDifferently", "Ask first what the peer needs (Ask-Share-Ask).");
    return form;
  }

  /** A romantic approach by the peer: HIGH, without distress. */
  static Map<String, Object> highRisk() {
    Map<String, Object> form = lowRisk();
    form.put("situationType", "ROMANTIC_OR_SEXUAL_APPROACH");
    form.remove("purpose");
    form.put("whatHappened", "P-2077 asked me out after group. I said no, kindly, and named the boundary.");
    form.put("ownRecoveryDistress", 3);
    return form;
  }

  /** Own distress 8 after a disclosure: HIGH because of the specialist's own wellness. */
  static Map<String, Object> highDistress() {
    Map<String, Object> form = lowRisk();
    form.put("ownRecoveryDistress", 8);
    form.put("recoveryEffect", "It brought back a lot; I did not sleep.");
    return form;
  }

  static Map<String, Object> review(String outcome) {
    Map<String, Object> form = new HashMap<>();
    form.put("feedback", "Thank you for reflecting on this so openly.");
    form.put("reviewOutcome", outcome);
    switch (outcome) {
      case "COACHING_NOTE" -> form.put("coachingNote", "Try Ask-Share-Ask: ask, share briefly, ask how it landed.");
      case "CORRECTIVE_PLAN" -> {
        form.put("correctivePlan", "Use Ask-Share-Ask in every group for 4 weeks; note one example each week.");
        form.put("planReviewDate", LocalDate.now().plusDays(28).toString());
      }
      default -> { }
    }
    return form;
  }

  static Map<String, Object> agreePlan() {
    Map<String, Object> form = new HashMap<>();
    form.put("planAgreed", true);
    form.put("specialistComment", "Makes sense to me.");
    return form;
  }

  static Map<String, Object> followUp(String outcome, LocalDate newDate) {
    Map<String, Object> form = new HashMap<>();
    form.put("planFollowUpOutcome", outcome);
    form.put("planFollowUpNote", "We looked at the examples together.");
    if (newDate != null) {
      form.put("planReviewDate", newDate.toString());
    }
    return form;
  }
}
