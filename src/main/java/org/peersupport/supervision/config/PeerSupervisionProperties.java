package org.peersupport.supervision.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The program's settings, under {@code peer-supervision.*} (see docs/operations.md). */
@ConfigurationProperties("peer-supervision")
@Validated
public record PeerSupervisionProperties(@Valid @NotNull Demo demo, @Valid @NotNull Cycle cycle,
    @Valid @NotNull Scope scope, @Valid @NotNull Reflection reflection,
    @Valid @NotNull Retention retention, @Valid @NotNull Certification certification,
    @Valid @NotNull Audit audit) {

  /** Demo users and relationships; only for the embedded database. */
  public record Demo(boolean enabled) {}

  /**
   * The supervision cycle: the program-wide cadence (for specialists without a certification; a
   * certification's stage sets its own), how long a specialist has for the reflection, the grace period
   * before program leads are asked to follow up, the program's monthly minimum, and how often the
   * schedule looks for relationships whose next cycle is due ({@code scheduleCheckEvery}).
   */
  public record Cycle(
      @NotNull Period cadence,
      @NotNull Period reflectionDueIn,
      @NotNull Period escalationGrace,
      @Min(0) int minimumSessionsPerMonth,
      @Min(0) int minimumMinutesPerMonth,
      @NotNull Period scheduleCheckEvery) {}

  /**
   * Scope checks and referrals to licensed care: how long a supervisor has to acknowledge a crisis
   * before program leads are asked, how long after the appointment the specialist follows up, and
   * after how many "not yet" follow-ups the supervisor is asked.
   */
  public record Scope(
      @NotNull Duration crisisAcknowledgmentWithin,
      @NotNull Period referralFollowUpAfter,
      @Min(1) int referralAttemptsBeforeSupervisor) {}

  /**
   * Disclosure and boundary reflections: how long a supervisor has to review a MODERATE and a HIGH
   * risk reflection (ISO-8601 durations). A HIGH review not done in time is escalated to program leads.
   */
  public record Reflection(
      @NotNull Duration moderateReviewDueIn,
      @NotNull Duration highReviewDueIn) {}

  /**
   * How long records are kept: the program's period (default six years) and, per process or decision
   * key, a longer one where state law asks for it; when the nightly removal of expired records runs.
   */
  public record Retention(
      @NotNull Period period,
      Map<String, Period> processPeriods,
      @NotNull String cron) {

    public Retention {
      processPeriods = processPeriods == null ? Map.of() : Map.copyOf(processPeriods);
    }
  }

  /**
   * Certification and continuing education: when the specialist and their supervisor are reminded
   * before a certification expires (days before expiry), the renewal period and the continuing-education
   * hours a renewal asks for (of which ethics), and the supervision each certification stage requires
   * (keys are the stage names, e.g. INITIAL and CERTIFIED); and supervisors' own record: how often a
   * peer-supervisor refresher is due and how many supervisees one supervisor may have; the supervised
   * work hours an initial certification asks for and within how long of its issue date, and when the
   * supervisor is reminded and program leads are asked about hours waiting for sign-off.
   */
  public record Certification(
      @NotEmpty List<@NotNull @Min(1) Integer> remindDaysBeforeExpiry,
      @NotNull Period renewalPeriod,
      @NotNull @DecimalMin("0") BigDecimal continuingEducationHoursPerRenewal,
      @NotNull @DecimalMin("0") BigDecimal ethicsHoursPerRenewal,
      @NotEmpty Map<String, @Valid @NotNull StageRule> stages,
      @NotNull Period supervisorRefresherEvery,
      @Min(1) int maximumSuperviseesPerSupervisor,
      @NotNull @DecimalMin("0") BigDecimal initialWorkHoursRequired,
      @NotNull Period initialWorkHoursWithin,
      @NotNull Period workHoursSignOffReminderAfter,
      @NotNull Period workHoursSignOffEscalationAfter) {}

  /** The supervision a certification stage requires: cycle cadence and the monthly minimum the audit checks. */
  public record StageRule(
      @NotNull Period cadence,
      @Min(0) int minimumSessionsPerMonth,
      @Min(0) int minimumMinutesPerMonth) {}

  /**
   * The scope-compliance audit: when the monthly audit starts (a cron expression, as Camunda's timer
   * cycles accept), and when a specialist's scope checks signal role drift (at least this many checks in
   * the period, of which at least this share had REFER or CONSULT from the scope-of-practice table).
   */
  public record Audit(
      @NotBlank String schedule,
      @Min(1) int roleDriftMinimumChecks,
      @DecimalMin("0.0") @DecimalMax("1.0") double roleDriftShare) {}
}
