package org.peersupport.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.audit.AuditReport.Minimum;
import org.peersupport.supervision.audit.AuditReport.MonthInProgress;

/**
 * The rule of {@link MinimumStanding}: a month in progress is on track or behind (sessions still needed
 * against sessions still possible at one a week in the days left), never below the minimum; only a
 * finished month can be. December 2026 has 31 days; the minimums are those of application.yaml.
 */
class MinimumStandingTest {

  static final YearMonth DECEMBER = YearMonth.of(2026, 12);
  static final Minimum CERTIFIED = new Minimum(2, 120);
  static final Minimum INITIAL = new Minimum(4, 240);

  private static MonthInProgress on(LocalDate today, Minimum minimum, long sessions, long minutes) {
    return MinimumFigures.monthOn(DECEMBER, minimum, sessions, minutes, today);
  }

  @Test
  void onTheFirstOfTheMonthNobodyHasFailed() {
    MonthInProgress first = on(LocalDate.of(2026, 12, 1), INITIAL, 0, 0);

    assertThat(first.standing()).isEqualTo(MinimumStanding.ON_TRACK);
    assertThat(first.daysLeft()).isEqualTo(31);
    assertThat(first.sessionsStillPossible()).isEqualTo(5);
    assertThat(first.sessionsStillNeeded()).isEqualTo(4);
  }

  @Test
  void behindOnceTheSessionsStillNeededNoLongerFitAtOneAWeek() {
    // 8 days left (24th to 31st): 2 weeks, rounded up; 7 days left: 1
    assertThat(on(LocalDate.of(2026, 12, 24), CERTIFIED, 0, 0).standing()).isEqualTo(MinimumStanding.ON_TRACK);
    assertThat(on(LocalDate.of(2026, 12, 25), CERTIFIED, 0, 0).standing()).isEqualTo(MinimumStanding.BEHIND);
    assertThat(on(LocalDate.of(2026, 12, 25), CERTIFIED, 1, 60).standing()).isEqualTo(MinimumStanding.ON_TRACK);
    // an initial certification's 4 sessions: 22 days left is 4 weeks, 21 days is 3
    assertThat(on(LocalDate.of(2026, 12, 10), INITIAL, 0, 0).standing()).isEqualTo(MinimumStanding.ON_TRACK);
    assertThat(on(LocalDate.of(2026, 12, 11), INITIAL, 0, 0).standing()).isEqualTo(MinimumStanding.BEHIND);
  }

  @Test
  void minutesShortStillNeedOneMoreSession() {
    MonthInProgress lastDay = on(LocalDate.of(2026, 12, 31), CERTIFIED, 2, 90);

    assertThat(lastDay.sessionsStillNeeded()).isEqualTo(1);
    assertThat(lastDay.sessionsStillPossible()).isEqualTo(1);
    assertThat(lastDay.standing()).isEqualTo(MinimumStanding.ON_TRACK);
  }

  @Test
  void metIsMetWhetherTheMonthIsOverOrNot() {
    assertThat(on(LocalDate.of(2026, 12, 8), CERTIFIED, 2, 120).standing()).isEqualTo(MinimumStanding.MET);
    assertThat(on(LocalDate.of(2027, 1, 1), CERTIFIED, 3, 150).standing()).isEqualTo(MinimumStanding.MET);
  }

  @Test
  void onlyAFinishedMonthIsBelowTheMinimum() {
    MonthInProgress finished = on(LocalDate.of(2027, 1, 1), CERTIFIED, 1, 60);

    assertThat(finished.standing()).isEqualTo(MinimumStanding.BELOW_MINIMUM);
    assertThat(finished.daysLeft()).isZero();
    assertThat(on(LocalDate.of(2026, 12, 31), CERTIFIED, 0, 0).standing()).isEqualTo(MinimumStanding.BEHIND);
  }

  @Test
  void aMonthNotStartedYetHasAllItsDays() {
    assertThat(on(LocalDate.of(2026, 11, 20), INITIAL, 0, 0))
        .isEqualTo(new MonthInProgress(DECEMBER, 0, 0, 4, 5, 31, MinimumStanding.ON_TRACK));
  }

  @Test
  void thePeriodTakesTheLeastGoodOfItsMonths() {
    assertThat(MinimumStanding.MET.worse(MinimumStanding.ON_TRACK)).isEqualTo(MinimumStanding.ON_TRACK);
    assertThat(MinimumStanding.BELOW_MINIMUM.worse(MinimumStanding.BEHIND)).isEqualTo(MinimumStanding.BELOW_MINIMUM);
    assertThat(MinimumStanding.ON_TRACK.worse(MinimumStanding.BEHIND)).isEqualTo(MinimumStanding.BEHIND);
  }
}
