package org.peersupport.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.disclosure.ReviewOutcome;
import org.peersupport.supervision.disclosure.RiskLevel;
import org.peersupport.supervision.disclosure.SituationType;
import org.peersupport.supervision.referral.ReferralOutcome;
import org.peersupport.supervision.scope.ScopeOutcome;

/** The dashboard's and the CSV's words for the audit's codes: the forms' own labels, never a code. */
class AuditWordsTest {

  private static final String CODE = "\\b[A-Z]{2,}(_[A-Z]+)*\\b";

  @Test
  void everyCodeTheFiguresCountByHasWords() {
    Map<String, Map<String, String>> all = AuditWords.all();
    for (ScopeOutcome outcome : ScopeOutcome.values()) {
      assertThat(all.get("tableOutcome")).containsKey(outcome.name());
      assertThat(all.get("finalOutcome")).containsKey(outcome.name());
    }
    assertThat(all.get("finalOutcome")).containsKey("OPEN");
    for (ReferralOutcome outcome : ReferralOutcome.values()) {
      assertThat(all.get("referralOutcome")).containsKey(outcome.name());
    }
    assertThat(all.get("referralOutcome")).containsKey("OPEN");
    for (SituationType type : SituationType.values()) {
      assertThat(all.get("situationType")).containsKey(type.name());
    }
    for (RiskLevel risk : RiskLevel.values()) {
      assertThat(all.get("risk")).containsKey(risk.name());
    }
    for (ReviewOutcome outcome : ReviewOutcome.values()) {
      assertThat(all.get("reviewOutcome")).containsKey(outcome.name());
    }
    for (FindingCategory category : FindingCategory.values()) {
      assertThat(all.get("findingCategory")).containsKey(category.name());
    }
    all.forEach((vocabulary, words) -> assertThat(words.values()).as(vocabulary).allSatisfy(w -> {
      assertThat(w).isNotBlank();
      assertThat(w).doesNotContainPattern(CODE).doesNotContain("_");
    }));
  }

  @Test
  void wordsAreTheFormsOwnWhereAFormOffersTheValue() {
    // forms/scope-check-supervisor-decision.form: "Within peer scope: the specialist carries on", "Refer to licensed care"
    assertThat(AuditWords.of("tableOutcome", "WITHIN_SCOPE")).isEqualTo("Within peer scope");
    assertThat(AuditWords.of("tableOutcome", "REFER")).isEqualTo("Refer to licensed care");
    // forms/licensed-care-referral-follow-up.form: "Connected"
    assertThat(AuditWords.of("referralOutcome", "CONNECTED")).isEqualTo("Connected");
    // forms/disclosure-reflection-reflection.form: "Dual relationship (friend, landlord, ...)"
    assertThat(AuditWords.of("situationType", "DUAL_RELATIONSHIP")).isEqualTo("Dual relationship");
    // forms/disclosure-reflection-review.form: "Affirm: this was sound practice"
    assertThat(AuditWords.of("reviewOutcome", "AFFIRM")).isEqualTo("Affirm");
    // forms/scope-audit-review-findings.form
    assertThat(AuditWords.of("findingCategory", "SUPERVISION_FREQUENCY")).isEqualTo("Supervision frequency and hours");
    // a form whose label is itself a code ("LOW") is not copied
    assertThat(AuditWords.of("risk", "LOW")).isEqualTo("Low");
    assertThat(AuditWords.of("standing", "ON_TRACK")).isEqualTo("On track");
    // a code nobody gave words to is still not shown raw
    assertThat(AuditWords.of("tableOutcome", "SOMETHING_NEW")).isEqualTo("Something new");
  }

  @Test
  void datesAndPeriodsInTheOneFormatPeopleRead() {
    assertThat(AuditWords.day(LocalDate.of(2026, 12, 8))).isEqualTo("8 Dec 2026");
    assertThat(AuditWords.period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEqualTo("December 2026");
    assertThat(AuditWords.period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15)))
        .isEqualTo("1 Dec 2026 to 15 Dec 2026");
    assertThat(AuditWords.shortened("Support plan (you agree it together; followed up at its review date)"))
        .isEqualTo("Support plan");
  }
}
