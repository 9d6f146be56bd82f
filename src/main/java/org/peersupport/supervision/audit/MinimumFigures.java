package org.peersupport.supervision.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peersupport.supervision.audit.AuditReport.Minimum;
import org.peersupport.supervision.audit.AuditReport.MonthCompliance;
import org.peersupport.supervision.audit.AuditReport.MonthInProgress;
import org.peersupport.supervision.audit.AuditReport.SpecialistSupervision;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.certification.SupervisionRequirements;
import org.peersupport.supervision.cycle.CycleFigures;
import org.springframework.stereotype.Component;

/**
 * Signed supervision against each specialist's monthly minimum: the cycle counts the sessions
 * ({@link CycleFigures#supervision}), certification decides the minimum (the stage's, or the program's
 * for specialists without a certification). The one family where two capabilities meet, so it stays
 * with the audit: the cycle cannot ask certification, which already builds on the cycle.
 */
@Component
class MinimumFigures {

  /** The months of the period and each specialist's row, as the report shows them. */
  record Compliance(List<MonthCompliance> months, List<SpecialistSupervision> specialists) {}

  private final CycleFigures cycleFigures;
  private final SupervisionRequirements requirements;

  MinimumFigures(CycleFigures cycleFigures, SupervisionRequirements requirements) {
    this.cycleFigures = cycleFigures;
    this.requirements = requirements;
  }

  /** The program-wide minimum, for specialists without a certification. */
  Minimum programMinimum() {
    return minimum(requirements.programDefault());
  }

  /** The minimum of each certification stage. */
  Map<CertificationStage, Minimum> stageMinimums() {
    Map<CertificationStage, Minimum> stageMinimums = new EnumMap<>(CertificationStage.class);
    for (CertificationStage stage : CertificationStage.values()) {
      stageMinimums.put(stage, minimum(requirements.forStage(stage)));
    }
    return stageMinimums;
  }

  /**
   * Each month of the period (how many specialists met their minimum, the signed sessions and minutes)
   * and each specialist's signed supervision against their minimum, with their overdue reflections. A
   * month that has not ended on {@code today} is in progress: on track or behind, never below the minimum.
   */
  Compliance compliance(AuditPeriod period, String supervisorId, Map<String, String> names,
      Map<String, Long> overdueBySpecialist, LocalDate today) {
    CycleFigures.Supervision supervision = cycleFigures.supervision(period.from(), period.to(), supervisorId);
    Map<YearMonth, long[]> compliance = new TreeMap<>();
    for (YearMonth month : period.months()) {
      compliance.put(month, new long[4]);
    }
    // each specialist's minimum is their current stage's: everyone's stage in one query
    Map<String, SupervisionRequirements.Requirement> requirementOf = requirements.forSpecialists(
        supervision.specialists().stream().map(CycleFigures.SpecialistMonths::specialistId).toList());
    List<SpecialistSupervision> specialists = new ArrayList<>();
    for (CycleFigures.SpecialistMonths months : supervision.specialists()) {
      String specialist = months.specialistId();
      SupervisionRequirements.Requirement requirement = requirementOf.get(specialist);
      Minimum minimum = minimum(requirement);
      Map<YearMonth, CycleFigures.Signed> done = months.signed();
      Set<YearMonth> expected = new TreeSet<>(months.supervisedMonths());
      expected.addAll(done.keySet());
      long sessions = 0;
      long minutes = 0;
      int met = 0;
      int below = 0;
      MinimumStanding standing = MinimumStanding.MET;
      MonthInProgress inProgress = null;
      for (YearMonth month : expected) {
        CycleFigures.Signed total = done.getOrDefault(month, new CycleFigures.Signed(0, 0));
        sessions += total.sessions();
        minutes += total.minutes();
        MonthInProgress state = monthOn(month, minimum, total.sessions(), total.minutes(), today);
        standing = standing.worse(state.standing());
        long[] c = compliance.get(month);
        c[0]++;
        switch (state.standing()) {
          case MET -> {
            met++;
            c[1]++;
          }
          case ON_TRACK -> c[2]++;
          case BEHIND -> c[3]++;
          case BELOW_MINIMUM -> below++;
        }
        if (inProgress == null && state.daysLeft() > 0) {
          inProgress = state;
        }
      }
      String supervisor = months.supervisorId();
      specialists.add(new SpecialistSupervision(specialist, names.getOrDefault(specialist, specialist), supervisor,
          supervisor == null ? null : names.getOrDefault(supervisor, supervisor), sessions, minutes, met, expected.size(),
          overdueBySpecialist.getOrDefault(specialist, 0L), requirement.stage(), minimum, below,
          expected.isEmpty() ? null : standing, inProgress));
    }
    List<MonthCompliance> monthRows = new ArrayList<>();
    compliance.forEach((month, c) -> {
      CycleFigures.Signed t = supervision.byMonth().getOrDefault(month, new CycleFigures.Signed(0, 0));
      monthRows.add(new MonthCompliance(month, c[0], c[1], AuditFigures.percent(c[1], c[0]), t.sessions(), t.minutes(),
          !today.isAfter(month.atEndOfMonth()), c[2], c[3]));
    });
    return new Compliance(monthRows, specialists);
  }

  /**
   * How one month stands on {@code today} (the rule of {@link MinimumStanding}): met when both the
   * sessions and the minutes reach the minimum; otherwise, once the month has ended, below the minimum;
   * while it has days left (today included), on track when the sessions still needed (at least one while
   * the minutes fall short) are no more than the sessions still possible at one a week in those days
   * (days left / 7, rounded up), and behind when they are more.
   */
  static MonthInProgress monthOn(YearMonth month, Minimum minimum, long sessions, long minutes, LocalDate today) {
    boolean met = sessions >= minimum.sessionsPerMonth() && minutes >= minimum.minutesPerMonth();
    long needed = met ? 0 : Math.max(minimum.sessionsPerMonth() - sessions, minutes < minimum.minutesPerMonth() ? 1 : 0);
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    long daysLeft = today.isAfter(last) ? 0 : ChronoUnit.DAYS.between(today.isBefore(first) ? first : today, last) + 1;
    long possible = (daysLeft + MinimumStanding.DAYS_PER_POSSIBLE_SESSION - 1) / MinimumStanding.DAYS_PER_POSSIBLE_SESSION;
    MinimumStanding standing = met ? MinimumStanding.MET
        : daysLeft == 0 ? MinimumStanding.BELOW_MINIMUM
        : needed <= possible ? MinimumStanding.ON_TRACK : MinimumStanding.BEHIND;
    return new MonthInProgress(month, sessions, minutes, needed, possible, daysLeft, standing);
  }

  private static Minimum minimum(SupervisionRequirements.Requirement requirement) {
    return new Minimum(requirement.minimumSessionsPerMonth(), requirement.minimumMinutesPerMonth());
  }
}
