package org.peersupport.supervision.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.disclosure.ReviewOutcome;
import org.peersupport.supervision.disclosure.RiskLevel;
import org.peersupport.supervision.disclosure.SituationType;
import org.peersupport.supervision.referral.ReferralOutcome;
import org.peersupport.supervision.scope.ScopeOutcome;
import org.peersupport.supervision.system.Dates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The words people read for the codes the audit counts by (scope outcomes, referral outcomes, reflection
 * types, risk, review outcomes, certification stages, finding categories, standings), for the dashboard
 * and the CSV's label columns. Where a form lets someone choose the value, the form's own label is used
 * (its words up to a first ": " or " (", so a legend stays short); values no form offers get words here.
 * One date format: "8 Dec 2026"; months as "December 2026".
 */
final class AuditWords {

  /** A label that is itself a code (e.g. "LOW") is not taken from a form. */
  private static final Pattern CODE = Pattern.compile("^[A-Z0-9]+(_[A-Z0-9]+)*$");

  private static final Map<String, Map<String, String>> VOCABULARIES = build(options());

  private AuditWords() {}

  /** Every vocabulary by name (tableOutcome, finalOutcome, referralOutcome, ...): code to words. */
  static Map<String, Map<String, String>> all() {
    return VOCABULARIES;
  }

  /** The words for the code in the vocabulary; a code without words is shown lower-case and spaced, never raw. */
  static String of(String vocabulary, Object code) {
    if (code == null) {
      return "";
    }
    String words = VOCABULARIES.getOrDefault(vocabulary, Map.of()).get(code.toString());
    return words != null ? words : spaced(code.toString());
  }

  static String day(LocalDate day) {
    return day == null ? "" : Dates.shown(day);
  }

  static String month(YearMonth month) {
    return month == null ? "" : Dates.shownMonth(month);
  }

  /** "December 2026" for a whole month, else "1 Dec 2026 to 15 Dec 2026". */
  static String period(LocalDate from, LocalDate to) {
    YearMonth first = YearMonth.from(from);
    if (from.equals(first.atDay(1)) && to.equals(first.atEndOfMonth())) {
      return month(first);
    }
    return day(from) + " to " + day(to);
  }

  static String spaced(String code) {
    String text = code.replace('_', ' ').toLowerCase(Locale.ENGLISH);
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Map<String, Map<String, String>> build(Map<String, Map<String, String>> forms) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    Map<String, String> decision = forms.getOrDefault("scope-check-supervisor-decision/supervisorOutcome", Map.of());
    Map<String, String> table = new LinkedHashMap<>();
    put(table, ScopeOutcome.CRISIS, "Crisis", Map.of());
    put(table, ScopeOutcome.REFER, "Refer to licensed care", decision);
    put(table, ScopeOutcome.CONSULT, "Ask the supervisor", Map.of());
    put(table, ScopeOutcome.WITHIN_SCOPE, "Within peer scope", decision);
    all.put("tableOutcome", table);
    Map<String, String> decided = new LinkedHashMap<>(table);
    decided.put("OPEN", "Not decided yet");
    all.put("finalOutcome", decided);

    Map<String, String> followUp = forms.getOrDefault("licensed-care-referral-follow-up/followUpResult", Map.of());
    Map<String, String> referral = new LinkedHashMap<>();
    put(referral, ReferralOutcome.CONNECTED, "Connected", followUp);
    referral.put(ReferralOutcome.DECLINED_BY_PEER.name(), "Declined by the peer (their choice)");
    referral.put(ReferralOutcome.CONSENT_REVOKED.name(), "Stopped: the peer revoked consent");
    referral.put("OPEN", "Still open");
    all.put("referralOutcome", referral);

    Map<String, String> situations = forms.getOrDefault("disclosure-reflection-reflection/situationType", Map.of());
    Map<String, String> type = new LinkedHashMap<>();
    for (SituationType situation : SituationType.values()) {
      put(type, situation, situation.label(), situations);
    }
    all.put("situationType", type);

    Map<String, String> risk = new LinkedHashMap<>();
    Map<String, String> riskForm = forms.getOrDefault("disclosure-reflection-review/riskOverride", Map.of());
    for (RiskLevel level : RiskLevel.values()) {
      put(risk, level, spaced(level.name()), riskForm);
    }
    risk.put("NOT_ASSESSED", "Not assessed yet");
    all.put("risk", risk);

    Map<String, String> reviewForm = forms.getOrDefault("disclosure-reflection-review/reviewOutcome", Map.of());
    Map<String, String> review = new LinkedHashMap<>();
    for (ReviewOutcome outcome : ReviewOutcome.values()) {
      put(review, outcome, spaced(outcome.name()), reviewForm);
    }
    review.put("NOT_REVIEWED", "Not reviewed yet");
    all.put("reviewOutcome", review);

    Map<String, String> stage = new LinkedHashMap<>();
    stage.put(CertificationStage.INITIAL.name(), "Initial certification period");
    stage.put(CertificationStage.CERTIFIED.name(), "Certified");
    all.put("stage", stage);

    Map<String, String> categoryForm = forms.getOrDefault("scope-audit-review-findings/findingCategory", Map.of());
    Map<String, String> category = new LinkedHashMap<>();
    for (FindingCategory c : FindingCategory.values()) {
      put(category, c, spaced(c.name()), categoryForm);
    }
    all.put("findingCategory", category);

    Map<String, String> standing = new LinkedHashMap<>();
    for (MinimumStanding s : MinimumStanding.values()) {
      standing.put(s.name(), s.label());
    }
    all.put("standing", standing);
    all.replaceAll((name, words) -> Map.copyOf(words));
    return Map.copyOf(all);
  }

  private static void put(Map<String, String> words, Enum<?> code, String fallback, Map<String, String> form) {
    String label = form.get(code.name());
    words.put(code.name(), label == null || CODE.matcher(label).matches() ? fallback : shortened(label));
  }

  /** The form's words up to a first ": " or " (": "Within peer scope: the specialist carries on" is "Within peer scope". */
  static String shortened(String label) {
    String text = label.strip();
    for (String cut : new String[] {": ", " ("}) {
      int at = text.indexOf(cut);
      if (at > 0) {
        text = text.substring(0, at);
      }
    }
    return text;
  }

  /** The options of every select, radio and checklist in the forms: "form-id/field" to value to label. */
  private static Map<String, Map<String, String>> options() {
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, String>> options = new HashMap<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver(AuditWords.class.getClassLoader())
          .getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          JsonNode root = json.readTree(in);
          collect(root.path("id").asText(), root.path("components"), options);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the forms' option labels", e);
    }
    return options;
  }

  private static void collect(String formId, JsonNode components, Map<String, Map<String, String>> options) {
    for (JsonNode component : components) {
      if (component.has("key") && component.path("values").isArray()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode value : component.get("values")) {
          values.put(value.path("value").asText(), value.path("label").asText());
        }
        options.put(formId + "/" + component.get("key").asText(), values);
      }
      if (component.has("components")) {
        collect(formId, component.get("components"), options);
      }
    }
  }
}
