package org.peersupport.supervision.audit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peersupport.supervision.audit.AuditReport.Minimum;
import org.peersupport.supervision.audit.AuditReport.MonthCompliance;
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
   * and each specialist's signed supervision against their minimum, with their overdue reflections.
   */
  Compliance compliance(AuditPeriod period, String supervisorId, Map<String, String> names,
      Map<String, Long> overdueBySpecialist) {
    CycleFigures.Supervision supervision = cycleFigures.supervision(period.from(), period.to(), supervisorId);
    Map<YearMonth, long[]> compliance = new TreeMap<>();
    for (YearMonth month : period.months()) {
      compliance.put(month, new long[2]);
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
      for (YearMonth month : expected) {
        CycleFigures.Signed total = done.getOrDefault(month, new CycleFigures.Signed(0, 0));
        sessions += total.sessions();
        minutes += total.minutes();
        boolean meets = total.sessions() >= minimum.sessionsPerMonth() && total.minutes() >= minimum.minutesPerMonth();
        if (meets) {
          met++;
        }
        long[] c = compliance.get(month);
        c[0]++;
        if (meets) {
          c[1]++;
        }
      }
      String supervisor = months.supervisorId();
      specialists.add(new SpecialistSupervision(specialist, names.getOrDefault(specialist, specialist), supervisor,
          supervisor == null ? null : names.getOrDefault(supervisor, supervisor), sessions, minutes, met, expected.size(),
          overdueBySpecialist.getOrDefault(specialist, 0L), requirement.stage(), minimum));
    }
    List<MonthCompliance> monthRows = new ArrayList<>();
    compliance.forEach((month, c) -> {
      CycleFigures.Signed t = supervision.byMonth().getOrDefault(month, new CycleFigures.Signed(0, 0));
      monthRows.add(new MonthCompliance(month, c[0], c[1], AuditFigures.percent(c[1], c[0]), t.sessions(), t.minutes()));
    });
    return new Compliance(monthRows, specialists);
  }

  private static Minimum minimum(SupervisionRequirements.Requirement requirement) {
    return new Minimum(requirement.minimumSessionsPerMonth(), requirement.minimumMinutesPerMonth());
  }
}
