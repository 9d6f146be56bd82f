package org.peersupport.supervision.certification;

import java.time.Period;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.peersupport.supervision.config.PeerSupervisionProperties;
import org.peersupport.supervision.cycle.SupervisionHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision a specialist needs, decided by the stage of their certification
 * ({@code peer-supervision.certification.stages}): the cadence of their supervision cycles and the
 * monthly minimum the audit checks. A specialist without a current certification gets the program-wide
 * cycle settings ({@code peer-supervision.cycle.*}).
 */
@Service
public class SupervisionRequirements {

  /** What one specialist needs; {@code stage} is null when the program-wide default applies. */
  public record Requirement(CertificationStage stage, Period cadence, int minimumSessionsPerMonth,
      int minimumMinutesPerMonth) {}

  /** One month of signed supervision against the specialist's requirement. */
  public record MonthCheck(YearMonth month, Requirement requirement, long sessions, long minutes,
      boolean meetsMinimum) {}

  private final CertificationRepository certifications;
  private final SupervisionHistory history;
  private final Map<String, PeerSupervisionProperties.StageRule> stages;
  private final Requirement programDefault;

  public SupervisionRequirements(CertificationRepository certifications, SupervisionHistory history,
      PeerSupervisionProperties properties) {
    this.certifications = certifications;
    this.history = history;
    this.stages = properties.certification().stages();
    for (CertificationStage stage : CertificationStage.values()) {
      if (!stages.containsKey(stage.name())) {
        throw new IllegalStateException("peer-supervision.certification.stages has no rule for " + stage);
      }
    }
    for (String key : stages.keySet()) {
      CertificationStage.valueOf(key);
    }
    PeerSupervisionProperties.Cycle cycle = properties.cycle();
    this.programDefault = new Requirement(null, cycle.cadence(), cycle.minimumSessionsPerMonth(),
        cycle.minimumMinutesPerMonth());
  }

  /** The stage of the specialist's current certification (the one expiring last that is not closed). */
  @Transactional(readOnly = true)
  public Optional<CertificationStage> stageOf(String specialistId) {
    return certifications.findBySpecialistIdOrderByExpiresOnDesc(specialistId).stream()
        .filter(c -> c.getStatus() != CertificationStatus.NOT_RENEWED)
        .max(Comparator.comparing(Certification::getExpiresOn))
        .map(Certification::getStage);
  }

  @Transactional(readOnly = true)
  public Requirement forSpecialist(String specialistId) {
    return stageOf(specialistId).map(this::forStage).orElse(programDefault);
  }

  public Requirement forStage(CertificationStage stage) {
    PeerSupervisionProperties.StageRule rule = stages.get(stage.name());
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
