package org.peersupport.supervision.certification;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.peersupport.supervision.cycle.CycleCadences;
import org.peersupport.supervision.cycle.CycleSettings;
import org.peersupport.supervision.cycle.SupervisionHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision a specialist needs, decided by the stage of their certification
 * ({@code peer-supervision.certification.stages}): the cadence of their supervision cycles and the
 * monthly minimum the audit checks. A specialist without a current certification gets the program-wide
 * cycle settings ({@code peer-supervision.cycle.*}). The supervision schedule asks it for cadences and
 * the audit for minimums, each with one query for everyone ({@link #forSpecialists}).
 */
@Service
public class SupervisionRequirements implements CycleCadences {

  /** The current certification: the one expiring last (the one recorded last on the same day) that is not closed. */
  private static final Comparator<Certification> CURRENT =
      Comparator.comparing(Certification::getExpiresOn).thenComparing(Certification::getId);

  /** What one specialist needs; {@code stage} is null when the program-wide default applies. */
  public record Requirement(CertificationStage stage, Period cadence, int minimumSessionsPerMonth,
      int minimumMinutesPerMonth) {}

  /** One month of signed supervision against the specialist's requirement. */
  public record MonthCheck(YearMonth month, Requirement requirement, long sessions, long minutes,
      boolean meetsMinimum) {}

  private final Certifications certifications;
  private final SupervisionHistory history;
  private final Map<String, CertificationSettings.StageRule> stages;
  private final Requirement programDefault;

  public SupervisionRequirements(Certifications certifications, SupervisionHistory history,
      CertificationSettings settings, CycleSettings cycle) {
    this.certifications = certifications;
    this.history = history;
    this.stages = settings.stages();
    for (CertificationStage stage : CertificationStage.values()) {
      if (!stages.containsKey(stage.name())) {
        throw new IllegalStateException("peer-supervision.certification.stages has no rule for " + stage);
      }
    }
    for (String key : stages.keySet()) {
      CertificationStage.valueOf(key);
    }
    this.programDefault = new Requirement(null, cycle.cadence(), cycle.minimumSessionsPerMonth(),
        cycle.minimumMinutesPerMonth());
  }

  /** The stage of the specialist's current certification (the one expiring last that is not closed). */
  @Transactional(readOnly = true)
  public Optional<CertificationStage> stageOf(String specialistId) {
    return certifications.findBySpecialistIdOrderByExpiresOnDesc(specialistId).stream()
        .filter(c -> c.getStatus() != CertificationStatus.NOT_RENEWED)
        .max(CURRENT)
        .map(Certification::getStage);
  }

  /**
   * The requirement of each of the specialists, from one query over the certifications (not one per
   * specialist: the audit asks for a whole program at once). Specialists without a certification get the
   * program-wide default.
   */
  @Transactional(readOnly = true)
  public Map<String, Requirement> forSpecialists(Collection<String> specialistIds) {
    Map<String, Object[]> current = new HashMap<>();
    for (Object[] row : certifications.stagesOfOpenCertifications()) {
      current.merge((String) row[0], row, (a, b) -> later(a, b) ? a : b);
    }
    Map<String, Requirement> requirements = new HashMap<>();
    for (String specialistId : specialistIds) {
      Object[] row = current.get(specialistId);
      requirements.put(specialistId, row == null ? programDefault : forStage((CertificationStage) row[1]));
    }
    return requirements;
  }

  @Override
  public Map<String, Period> cadencesOf(Collection<String> specialistIds) {
    Map<String, Period> cadences = new HashMap<>();
    forSpecialists(specialistIds).forEach((id, requirement) -> cadences.put(id, requirement.cadence()));
    return cadences;
  }

  /** The program-wide requirement, for specialists without a certification. */
  public Requirement programDefault() {
    return programDefault;
  }

  /** Whether row a (specialist, stage, expires on, id) is the later certification, as {@link #CURRENT} orders them. */
  private static boolean later(Object[] a, Object[] b) {
    int byExpiry = ((LocalDate) a[2]).compareTo((LocalDate) b[2]);
    return byExpiry != 0 ? byExpiry > 0 : ((Number) a[3]).longValue() > ((Number) b[3]).longValue();
  }

  @Transactional(readOnly = true)
  public Requirement forSpecialist(String specialistId) {
    return stageOf(specialistId).map(this::forStage).orElse(programDefault);
  }

  public Requirement forStage(CertificationStage stage) {
    CertificationSettings.StageRule rule = stages.get(stage.name());
    return new Requirement(stage, rule.cadence(), rule.minimumSessionsPerMonth(), rule.minimumMinutesPerMonth());
  }

  /** Signed sessions and minutes of the month against the specialist's minimum. */
  @Transactional(readOnly = true)
  public MonthCheck check(String specialistId, YearMonth month) {
    Requirement requirement = forSpecialist(specialistId);
    SupervisionHistory.MonthTotal total = history.monthlyTotals(specialistId, month, month).get(0);
    return new MonthCheck(month, requirement, total.sessions(), total.minutes(),
        total.sessions() >= requirement.minimumSessionsPerMonth()
            && total.minutes() >= requirement.minimumMinutesPerMonth());
  }
}
