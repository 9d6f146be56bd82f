package org.peersupport.supervision.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.peersupport.supervision.certification.CertificationStage;

/**
 * The scope-compliance figures of one period, for the whole program or one supervisor's team. Counts,
 * shares and timings only: no reflection, session or scope-check text, no peer codes, and nothing
 * from the confidential wellness check-ins. Override reasons are included: supervisors write them for
 * program leads (their form says so).
 */
public record AuditReport(
    LocalDate from,
    LocalDate to,
    String periodLabel,
    String supervisorId,
    Instant producedAt,
    Minimum minimum,
    Map<CertificationStage, Minimum> stageMinimums,
    Cycles cycles,
    List<SupervisorCycles> cyclesBySupervisor,
    ReflectionDeadlines reflectionDeadlines,
    List<MonthCompliance> months,
    List<SpecialistSupervision> specialists,
    ReflectionReviews reflections,
    ScopeChecks scopeChecks,
    List<Override> overrides,
    Crisis crisis,
    Referrals referrals,
    List<RoleDrift> roleDrift) {

  /**
   * A monthly minimum of signed sessions and minutes per specialist. The report's {@code minimum} is the
   * program-wide one ({@code peer-supervision.cycle.*}), for specialists without a certification;
   * {@code stageMinimums} are those of each certification stage. Each specialist is checked against the
   * minimum of their current stage, shown on their row.
   */
  public record Minimum(int sessionsPerMonth, int minutesPerMonth) {}

  /**
   * Supervision cycles completed in the period: on time when completed within one cycle cadence of
   * their start; {@code openPastDue}: started more than one cadence before the period's end (or now)
   * and still open then.
   */
  public record Cycles(long completed, long onTime, long late, Double onTimePercent, long openPastDue) {}

  public record SupervisorCycles(String supervisorId, String supervisorName, long completed, long onTime,
      long late, Double onTimePercent, long openPastDue, long overdueReflections) {}

  /**
   * Pre-supervision reflections due in the period: done by their due date, done after it, and still
   * open past it (at the time of the report). Overdue = late + open past due.
   */
  public record ReflectionDeadlines(long due, long doneOnTime, long doneLate, long openOverdue, long overdue) {}

  /**
   * One month: how many specialists met the minimum, and the program's signed sessions and minutes. A
   * month that has not ended yet ({@code inProgress}) is never counted as failed: its specialists who have
   * not met the minimum yet are {@code onTrack} or {@code behind} (see {@link MinimumStanding}).
   */
  public record MonthCompliance(YearMonth month, long specialists, long meetingMinimum, Double percent,
      long sessions, long minutes, boolean inProgress, long onTrack, long behind) {}

  /**
   * One specialist's signed sessions and minutes in the period against their minimum: that of the stage of
   * their current certification ({@code stage}), or the program-wide one ({@code stage} null).
   * {@code monthsBelowMinimum} counts finished months only; {@code standing} is the period's in one word
   * (the least good of its months), {@code monthInProgress} the month not ended yet, if the period has one.
   */
  public record SpecialistSupervision(String specialistId, String specialistName, String supervisorId,
      String supervisorName, long sessions, long minutes, int monthsMeetingMinimum, int months,
      long overdueReflections, CertificationStage stage, Minimum minimum, int monthsBelowMinimum,
      MinimumStanding standing, MonthInProgress monthInProgress) {}

  /**
   * The month that has not ended yet: its signed sessions and minutes so far, the sessions still needed
   * for the minimum, the sessions still possible at one a week in the days left (today included), and
   * whether that is {@link MinimumStanding#MET}, {@link MinimumStanding#ON_TRACK} or {@link MinimumStanding#BEHIND}.
   */
  public record MonthInProgress(YearMonth month, long sessions, long minutes, long sessionsStillNeeded,
      long sessionsStillPossible, long daysLeft, MinimumStanding standing) {}

  /**
   * Disclosure and boundary reflections submitted in the period: by situation type, risk level
   * (NOT_ASSESSED until assessed) and review outcome (NOT_REVIEWED until reviewed); how many were
   * reviewed, hours from submission to review, reviews done after their due time and reviews still open
   * past it. {@code available} is always true now that the reflection feature is part of the product.
   */
  public record ReflectionReviews(boolean available, long total, Map<String, Long> byType,
      Map<String, Long> byRisk, Map<String, Long> byReviewOutcome, long reviewed,
      Double averageHoursToReview, Double maximumHoursToReview, long reviewedLate, long reviewsOverdue) {}

  /** Scope checks raised in the period, by the table's outcome and by the final outcome (OPEN: not decided yet). */
  public record ScopeChecks(long total, Map<String, Long> byTableOutcome, Map<String, Long> byFinalOutcome,
      long overrides) {}

  /** A supervisor's decision that differed from the scope-of-practice table, with their reason. */
  public record Override(long scopeCheckId, String supervisorId, String supervisorName, String specialistId,
      String tableOutcome, String overriddenTo, String reason, Instant overriddenAt) {}

  /**
   * CRISIS scope checks raised in the period ({@code raised}: crises, not escalations), how many the
   * supervisor acknowledged, within the configured time, and minutes to acknowledgment; how many were
   * escalated to program leads (not acknowledged in time).
   */
  public record Crisis(long raised, long acknowledged, long acknowledgedInTime,
      Double averageMinutesToAcknowledge, Double maximumMinutesToAcknowledge, long escalatedToProgramLeads) {}

  /**
   * Referrals to licensed care made in the period: consent, warm handoff and outcome. Lost to follow-up:
   * still open after the supervisor had to be asked how to go on (or after that many attempts).
   */
  public record Referrals(long total, long consentGiven, long consentRefused, long consentPending,
      long handedOff, Double averageHoursToHandoff, Map<String, Long> byOutcome, long lostToFollowUp) {}

  /**
   * One specialist's scope checks in the period: the share the table answered REFER or CONSULT, and
   * the supervisors' overrides toward WITHIN_SCOPE. {@code signal}: worth a supervision conversation.
   */
  public record RoleDrift(String specialistId, String specialistName, long scopeChecks, long referOrConsult,
      double share, long overridesToWithinScope, boolean signal) {}
}
