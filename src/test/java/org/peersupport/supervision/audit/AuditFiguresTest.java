package org.peersupport.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.peersupport.supervision.audit.AuditHistory.at;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.audit.AuditReport.SpecialistSupervision;
import org.peersupport.supervision.audit.AuditReport.SupervisorCycles;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.system.Dates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every audit figure against expectations computed by hand from a small history in March 2013 (no
 * other test writes there). Settings: minimum 2 sessions and 120 minutes a month, cadence 14 days,
 * crisis acknowledgment within 60 minutes, supervisor asked after 3 attempts, role drift at 3 checks
 * and a share of 0.5.
 *
 * <pre>
 * supervisor sup-a: specialists spec-1, spec-2 (since 2013-01-01)
 * supervisor sup-b: spec-3 (since 2013-03-16); spec-4 (ended 2013-02-28: not in March)
 * supervisor sup-c: spec-5 (INITIAL certification), spec-6 (CERTIFIED), since 2013-05-01: May 2013 only
 * </pre>
 */
@ProcessTest
class AuditFiguresTest {

  static final AuditPeriod MARCH = AuditPeriod.month(YearMonth.of(2013, 3));
  static final AuditReport.Minimum PROGRAM_MINIMUM = new AuditReport.Minimum(2, 120);
  private static boolean seeded;

  @Autowired JdbcTemplate jdbc;
  @Autowired AuditFigures figures;

  @BeforeEach
  void seedOnce() {
    if (seeded) {
      return;
    }
    seeded = true;
    AuditHistory history = new AuditHistory(jdbc);
    history.relationship("sup-a", "spec-1", LocalDate.of(2013, 1, 1), null);
    history.relationship("sup-a", "spec-2", LocalDate.of(2013, 1, 1), null);
    history.relationship("sup-b", "spec-3", LocalDate.of(2013, 3, 16), null);
    history.relationship("sup-b", "spec-4", LocalDate.of(2012, 1, 1), LocalDate.of(2013, 2, 28));
    history.relationship("sup-c", "spec-5", LocalDate.of(2013, 5, 1), null);
    history.relationship("sup-c", "spec-6", LocalDate.of(2013, 5, 1), null);
    history.certification("spec-5", "INITIAL", LocalDate.of(2013, 4, 1), LocalDate.of(2030, 4, 1));
    history.certification("spec-6", "CERTIFIED", LocalDate.of(2012, 4, 1), LocalDate.of(2030, 4, 1));
    // May 2013: the same 2 signed sessions and 120 minutes for both
    for (String specialist : new String[] {"spec-5", "spec-6"}) {
      history.session("sup-c", specialist, LocalDate.of(2013, 5, 6), 60, true);
      history.session("sup-c", specialist, LocalDate.of(2013, 5, 20), 60, true);
    }

    // sessions: spec-1 2 signed / 120 min (meets); spec-2 1 signed / 90 min + a draft; spec-3 1 / 150 min
    history.session("sup-a", "spec-1", LocalDate.of(2013, 3, 5), 60, true);
    history.session("sup-a", "spec-1", LocalDate.of(2013, 3, 19), 60, true);
    history.session("sup-a", "spec-1", LocalDate.of(2013, 2, 26), 60, true);
    history.session("sup-a", "spec-2", LocalDate.of(2013, 3, 6), 90, true);
    history.session("sup-a", "spec-2", LocalDate.of(2013, 3, 20), 60, false);
    history.session("sup-b", "spec-3", LocalDate.of(2013, 3, 25), 150, true);

    // cycles: c1 on time (9 days), c2 late (19 days), c3 on time (10 days, ended in March),
    // c4 ended in February, c5 open past due, c6 open and not yet due, c7 open at the end of March
    String c1 = history.cycle("sup-a", "spec-1", at("2013-03-01T09:00"), at("2013-03-10T09:00"));
    String c2 = history.cycle("sup-a", "spec-2", at("2013-03-01T09:00"), at("2013-03-20T09:00"));
    String c3 = history.cycle("sup-b", "spec-3", at("2013-02-20T09:00"), at("2013-03-02T09:00"));
    history.cycle("sup-a", "spec-1", at("2013-02-01T09:00"), at("2013-02-10T09:00"));
    String c5 = history.cycle("sup-b", "spec-3", at("2013-03-10T09:00"), null);
    String c6 = history.cycle("sup-a", "spec-2", at("2013-03-25T09:00"), null);
    String c7 = history.cycle("sup-a", "spec-1", at("2013-03-05T09:00"), at("2013-04-05T09:00"));

    // reflections due in March: r1 on time, r2 late, r3 and r4 open past due; r5 due in February; r6 deleted
    history.reflection(c1, "spec-1", at("2013-03-05T00:00"), at("2013-03-04T10:00"), false);
    history.reflection(c2, "spec-2", at("2013-03-06T00:00"), at("2013-03-09T10:00"), false);
    history.reflection(c5, "spec-3", at("2013-03-15T00:00"), null, false);
    history.reflection(c6, "spec-2", at("2013-03-31T00:00"), null, false);
    history.reflection(c3, "spec-3", at("2013-02-25T00:00"), at("2013-02-24T10:00"), false);
    history.reflection(c7, "spec-1", at("2013-03-12T00:00"), at("2013-03-13T00:00"), true);

    // scope checks
    history.scopeCheck("sup-a", "spec-1", at("2013-03-02T10:00"), "REFER", "REFER", null, null);
    long k2 = history.scopeCheck("sup-a", "spec-1", at("2013-03-03T10:00"), "REFER", "WITHIN_SCOPE", null, null);
    history.override(k2, "sup-a", "REFER", "WITHIN_SCOPE", "Housing navigation only", at("2013-03-03T11:00"));
    history.scopeCheck("sup-a", "spec-1", at("2013-03-04T10:00"), "CONSULT", null, null, null);
    history.scopeCheck("sup-a", "spec-2", at("2013-03-05T10:00"), "WITHIN_SCOPE", "WITHIN_SCOPE", null, null);
    history.scopeCheck("sup-b", "spec-3", at("2013-03-20T10:00"), "CRISIS", "CRISIS", at("2013-03-20T10:30"), null);
    history.scopeCheck("sup-b", "spec-3", at("2013-03-21T10:00"), "CRISIS", "CRISIS", at("2013-03-21T12:00"),
        at("2013-03-21T11:00"));
    history.scopeCheck("sup-a", "spec-2", at("2013-03-22T10:00"), "CRISIS", "CRISIS", null, null);
    history.scopeCheck("sup-a", "spec-1", at("2013-02-27T10:00"), "REFER", "REFER", null, null);

    // disclosure and boundary reflections: d1 reviewed in 24 h, d2 reviewed late after 144 h, d3 HIGH and
    // overdue, d4 not assessed yet (no due time), d5 submitted in February
    history.disclosureReflection("sup-a", "spec-1", "INTENTIONAL_SELF_DISCLOSURE", "LOW", "AFFIRM",
        at("2013-03-02T10:00"), at("2013-03-07T10:00"), at("2013-03-03T10:00"));
    history.disclosureReflection("sup-a", "spec-2", "GIFT_OFFERED_OR_ACCEPTED", "MODERATE", "COACHING_NOTE",
        at("2013-03-04T10:00"), at("2013-03-09T10:00"), at("2013-03-10T10:00"));
    history.disclosureReflection("sup-b", "spec-3", "DUAL_RELATIONSHIP", "HIGH", null,
        at("2013-03-20T10:00"), at("2013-03-21T10:00"), null);
    history.disclosureReflection("sup-b", "spec-3", "INTENTIONAL_SELF_DISCLOSURE", null, null,
        at("2013-03-25T10:00"), null, null);
    history.disclosureReflection("sup-a", "spec-1", "OTHER", "LOW", "AFFIRM",
        at("2013-02-27T10:00"), at("2013-03-04T10:00"), at("2013-02-28T10:00"));

    // referrals
    history.referral("sup-a", "spec-1", at("2013-03-02T12:00"), "GIVEN", at("2013-03-04T12:00"), 1, 0, "CONNECTED");
    history.referral("sup-a", "spec-1", at("2013-03-06T12:00"), "REFUSED", null, 0, 0, "DECLINED_BY_PEER");
    history.referral("sup-a", "spec-2", at("2013-03-07T12:00"), "GIVEN", at("2013-03-08T12:00"), 3, 0, null);
    history.referral("sup-b", "spec-3", at("2013-03-08T12:00"), null, null, 0, 0, null);
    history.referral("sup-b", "spec-3", at("2013-03-09T12:00"), "GIVEN", at("2013-03-12T12:00"), 1, 1, null);
    history.referral("sup-b", "spec-3", at("2013-04-01T00:00"), "GIVEN", null, 0, 0, null);
  }

  @Test
  void cyclesOnTimeLateAndOpenPastDuePerSupervisor() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.cycles()).isEqualTo(new AuditReport.Cycles(3, 2, 1, 66.67, 2));
    assertThat(report.cyclesBySupervisor()).containsExactly(
        new SupervisorCycles("sup-a", "sup-a", 2, 1, 1, 50.0, 1, 2),
        new SupervisorCycles("sup-b", "sup-b", 1, 1, 0, 100.0, 1, 1));
  }

  @Test
  void reflectionsDueInThePeriodOnTimeLateAndOverdue() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.reflectionDeadlines()).isEqualTo(new AuditReport.ReflectionDeadlines(4, 1, 1, 2, 3));
  }

  @Test
  void signedSessionsAndMinutesPerSpecialistAgainstTheMonthlyMinimum() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.periodLabel()).isEqualTo("March 2013");
    assertThat(report.minimum()).isEqualTo(new AuditReport.Minimum(2, 120));
    assertThat(report.specialists()).containsExactly(
        new SpecialistSupervision("spec-1", "spec-1", "sup-a", "sup-a", 2, 120, 1, 1, 0, null, PROGRAM_MINIMUM, 0,
            MinimumStanding.MET, null),
        new SpecialistSupervision("spec-2", "spec-2", "sup-a", "sup-a", 1, 90, 0, 1, 2, null, PROGRAM_MINIMUM, 1,
            MinimumStanding.BELOW_MINIMUM, null),
        new SpecialistSupervision("spec-3", "spec-3", "sup-b", "sup-b", 1, 150, 0, 1, 1, null, PROGRAM_MINIMUM, 1,
            MinimumStanding.BELOW_MINIMUM, null));
    assertThat(report.months()).containsExactly(
        new AuditReport.MonthCompliance(YearMonth.of(2013, 3), 3, 1, 33.33, 4, 360, false, 0, 0));
  }

  @Test
  void eachSpecialistIsCheckedAgainstTheMinimumOfTheirCertificationStage() {
    AuditReport report = figures.report(AuditPeriod.month(YearMonth.of(2013, 5)), "sup-c");

    assertThat(report.stageMinimums()).containsExactly(
        Map.entry(CertificationStage.INITIAL, new AuditReport.Minimum(4, 240)),
        Map.entry(CertificationStage.CERTIFIED, new AuditReport.Minimum(2, 120)));
    // the same 2 sessions and 120 minutes: below the initial period's 4 / 240, enough once certified
    assertThat(report.specialists()).containsExactly(
        new SpecialistSupervision("spec-5", "spec-5", "sup-c", "sup-c", 2, 120, 0, 1, 0, CertificationStage.INITIAL,
            new AuditReport.Minimum(4, 240), 1, MinimumStanding.BELOW_MINIMUM, null),
        new SpecialistSupervision("spec-6", "spec-6", "sup-c", "sup-c", 2, 120, 1, 1, 0, CertificationStage.CERTIFIED,
            new AuditReport.Minimum(2, 120), 0, MinimumStanding.MET, null));
    assertThat(report.months()).containsExactly(
        new AuditReport.MonthCompliance(YearMonth.of(2013, 5), 2, 1, 50.0, 4, 240, false, 0, 0));
    String csv = AuditCsv.of(report);
    String may = "2013-05-01,2013-05-31,May 2013,";
    assertThat(csv).contains(may + "specialist,Per specialist,sup-c,sup-c,spec-5,spec-5,stage,Certification stage,INITIAL,"
            + "Initial certification period\r\n")
        .contains(may + "specialist,Per specialist,sup-c,sup-c,spec-5,spec-5,minimum_sessions_per_month,"
            + "Their minimum: sessions a month,4,\r\n")
        .contains(may + "specialist,Per specialist,sup-c,sup-c,spec-5,spec-5,standing,Against their monthly minimum,"
            + "BELOW_MINIMUM,Below the minimum\r\n")
        .contains(may + "specialist,Per specialist,sup-c,sup-c,spec-6,spec-6,minimum_minutes_per_month,"
            + "Their minimum: minutes a month,120,\r\n")
        .contains(may + "minimum,Monthly minimum,,,,,INITIAL_minutes_per_month,"
            + "Minutes a month (Initial certification period),240,\r\n");
  }

  @Test
  void aMonthInProgressIsOnTrackOrBehindNeverBelowTheMinimum() {
    AuditPeriod may = AuditPeriod.month(YearMonth.of(2013, 5));
    try {
      // 10 May: 22 days left, 4 sessions still possible at one a week; spec-5 (initial) needs 2 more
      ClockUtil.setCurrentTime(Date.from(Dates.startOf(LocalDate.of(2013, 5, 10)).plusSeconds(3600)));
      AuditReport early = figures.report(may, "sup-c");
      assertThat(early.specialists()).extracting(SpecialistSupervision::specialistId, SpecialistSupervision::standing,
          SpecialistSupervision::monthsBelowMinimum).containsExactly(
              tuple("spec-5", MinimumStanding.ON_TRACK, 0), tuple("spec-6", MinimumStanding.MET, 0));
      assertThat(early.specialists().get(0).monthInProgress()).isEqualTo(new AuditReport.MonthInProgress(
          YearMonth.of(2013, 5), 2, 120, 2, 4, 22, MinimumStanding.ON_TRACK));
      assertThat(early.months()).containsExactly(
          new AuditReport.MonthCompliance(YearMonth.of(2013, 5), 2, 1, 50.0, 4, 240, true, 1, 0));
      assertThat(AuditCsv.of(early)).contains("May 2013 (in progress): specialists on track for their minimum,1,");

      // 28 May: 4 days left, 1 session still possible: spec-5 is behind, still not below the minimum
      ClockUtil.setCurrentTime(Date.from(Dates.startOf(LocalDate.of(2013, 5, 28)).plusSeconds(3600)));
      AuditReport late = figures.report(may, "sup-c");
      assertThat(late.specialists().get(0).standing()).isEqualTo(MinimumStanding.BEHIND);
      assertThat(late.specialists().get(0).monthsBelowMinimum()).isZero();
      assertThat(late.months().get(0).behind()).isEqualTo(1);

      // 1 June: May is finished, and only now below the minimum
      ClockUtil.setCurrentTime(Date.from(Dates.startOf(LocalDate.of(2013, 6, 1)).plusSeconds(3600)));
      AuditReport after = figures.report(may, "sup-c");
      assertThat(after.specialists().get(0).standing()).isEqualTo(MinimumStanding.BELOW_MINIMUM);
      assertThat(after.specialists().get(0).monthInProgress()).isNull();
      assertThat(after.months().get(0).inProgress()).isFalse();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void monthsOfAQuarterCountOnlyWhileSupervised() {
    AuditReport report = figures.report(AuditPeriod.quarter(2013, 1), null);

    // spec-4 is supervised January and February; spec-3 only from March; spec-1 meets February too? no: 1 session
    assertThat(report.months()).extracting(AuditReport.MonthCompliance::specialists).containsExactly(3L, 3L, 3L);
    assertThat(report.specialists()).extracting(SpecialistSupervision::specialistId, SpecialistSupervision::months)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("spec-1", 3),
            org.assertj.core.groups.Tuple.tuple("spec-2", 3),
            org.assertj.core.groups.Tuple.tuple("spec-3", 1),
            org.assertj.core.groups.Tuple.tuple("spec-4", 2));
  }

  @Test
  void scopeChecksByTableAndFinalOutcomeWithOverridesAndReasons() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.scopeChecks()).isEqualTo(new AuditReport.ScopeChecks(7,
        Map.of("CONSULT", 1L, "CRISIS", 3L, "REFER", 2L, "WITHIN_SCOPE", 1L),
        Map.of("CRISIS", 3L, "OPEN", 1L, "REFER", 1L, "WITHIN_SCOPE", 2L), 1));
    assertThat(report.overrides()).singleElement().satisfies(o -> {
      assertThat(o.supervisorId()).isEqualTo("sup-a");
      assertThat(o.specialistId()).isEqualTo("spec-1");
      assertThat(o.tableOutcome()).isEqualTo("REFER");
      assertThat(o.overriddenTo()).isEqualTo("WITHIN_SCOPE");
      assertThat(o.reason()).isEqualTo("Housing navigation only");
    });
  }

  @Test
  void disclosureAndBoundaryReflectionsByTypeRiskOutcomeAndTimeToReview() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.reflections()).isEqualTo(new AuditReport.ReflectionReviews(true, 4,
        Map.of("INTENTIONAL_SELF_DISCLOSURE", 2L, "GIFT_OFFERED_OR_ACCEPTED", 1L, "DUAL_RELATIONSHIP", 1L),
        Map.of("LOW", 1L, "MODERATE", 1L, "HIGH", 1L, "NOT_ASSESSED", 1L),
        Map.of("AFFIRM", 1L, "COACHING_NOTE", 1L, "NOT_REVIEWED", 2L), 2, 84.0, 144.0, 1, 1));
  }

  @Test
  void crisisEscalationsAndMinutesToSupervisorAcknowledgment() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.crisis()).isEqualTo(new AuditReport.Crisis(3, 2, 1, 75.0, 120.0, 1));
    assertThat(AuditCsv.of(report)).contains(",crisis,Crisis scope checks,,,,,crisis_checks_raised,Crisis scope checks raised,3,\r\n");
  }

  @Test
  void referralsConsentHandoffOutcomeAndLostToFollowUp() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.referrals()).isEqualTo(new AuditReport.Referrals(5, 3, 1, 1, 3, 48.0,
        Map.of("CONNECTED", 1L, "DECLINED_BY_PEER", 1L, "OPEN", 3L), 2));
  }

  @Test
  void roleDriftSharePerSpecialistAndOverridesTowardWithinScope() {
    AuditReport report = figures.report(MARCH, null);

    assertThat(report.roleDrift()).containsExactly(
        new AuditReport.RoleDrift("spec-1", "spec-1", 3, 3, 1.0, 1, true),
        new AuditReport.RoleDrift("spec-2", "spec-2", 2, 0, 0.0, 0, false),
        new AuditReport.RoleDrift("spec-3", "spec-3", 2, 0, 0.0, 0, false));
  }

  @Test
  void oneSupervisorsTeamSeesOnlyItsOwnFigures() {
    AuditReport report = figures.report(MARCH, "sup-b");

    assertThat(report.supervisorId()).isEqualTo("sup-b");
    assertThat(report.cycles()).isEqualTo(new AuditReport.Cycles(1, 1, 0, 100.0, 1));
    assertThat(report.cyclesBySupervisor()).extracting(SupervisorCycles::supervisorId).containsExactly("sup-b");
    assertThat(report.reflectionDeadlines()).isEqualTo(new AuditReport.ReflectionDeadlines(1, 0, 0, 1, 1));
    assertThat(report.specialists()).extracting(SpecialistSupervision::specialistId).containsExactly("spec-3");
    assertThat(report.scopeChecks().total()).isEqualTo(2);
    assertThat(report.overrides()).isEmpty();
    assertThat(report.crisis()).isEqualTo(new AuditReport.Crisis(2, 2, 1, 75.0, 120.0, 1));
    assertThat(report.referrals().total()).isEqualTo(2);
    assertThat(report.referrals().lostToFollowUp()).isEqualTo(1);
    assertThat(report.roleDrift()).extracting(AuditReport.RoleDrift::specialistId).containsExactly("spec-3");
    assertThat(report.reflections().total()).isEqualTo(2);
    assertThat(report.reflections().reviewed()).isZero();
    assertThat(report.reflections().averageHoursToReview()).isNull();
    assertThat(report.reflections().reviewsOverdue()).isEqualTo(1);
  }

  @Test
  void anEmptyPeriodHasZeroCountsAndNoPercentages() {
    AuditReport report = figures.report(AuditPeriod.month(YearMonth.of(2011, 6)), null);

    assertThat(report.cycles()).isEqualTo(new AuditReport.Cycles(0, 0, 0, null, 0));
    assertThat(report.specialists()).isEmpty();
    assertThat(report.crisis()).isEqualTo(new AuditReport.Crisis(0, 0, 0, null, null, 0));
    assertThat(report.referrals().averageHoursToHandoff()).isNull();
    assertThat(report.reflections().total()).isZero();
    assertThat(report.reflections().byType()).isEmpty();
  }
}
