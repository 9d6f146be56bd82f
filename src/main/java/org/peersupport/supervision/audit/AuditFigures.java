package org.peersupport.supervision.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.peersupport.supervision.audit.AuditReport.Crisis;
import org.peersupport.supervision.audit.AuditReport.Cycles;
import org.peersupport.supervision.audit.AuditReport.Override;
import org.peersupport.supervision.audit.AuditReport.ReflectionDeadlines;
import org.peersupport.supervision.audit.AuditReport.ReflectionReviews;
import org.peersupport.supervision.audit.AuditReport.Referrals;
import org.peersupport.supervision.audit.AuditReport.RoleDrift;
import org.peersupport.supervision.audit.AuditReport.ScopeChecks;
import org.peersupport.supervision.audit.AuditReport.SupervisorCycles;
import org.peersupport.supervision.cycle.CycleSettings;
import org.peersupport.supervision.cycle.CycleFigures;
import org.peersupport.supervision.disclosure.ReflectionFigures;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.referral.ReferralFigures;
import org.peersupport.supervision.referral.ReferralSettings;
import org.peersupport.supervision.scope.ScopeFigures;
import org.peersupport.supervision.scope.ScopeSettings;
import org.peersupport.supervision.security.Privileged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the audit report of a period from the figure families, each beside the capability it
 * measures: {@link CycleFigures} (cycles, reflection deadlines, signed sessions), {@link MinimumFigures}
 * (sessions against the certification stages' minimums), {@link ReflectionFigures} (disclosure
 * reflections), {@link ScopeFigures} (scope checks, overrides, crises, role drift) and
 * {@link ReferralFigures}. Here the families' counts become the report's rows, with the settings they
 * are measured against and everyone's display names. No family reads free text other than override
 * reasons, none reads wellness check-ins. Every figure can be limited to one supervisor's team.
 */
@Service
public class AuditFigures {

  private final IdentityService identityService;
  private final AuditSettings settings;
  private final CycleSettings cycle;
  private final ScopeSettings scope;
  private final ReferralSettings referral;
  private final CycleFigures cycleFigures;
  private final MinimumFigures minimumFigures;
  private final ReflectionFigures reflectionFigures;
  private final ScopeFigures scopeFigures;
  private final ReferralFigures referralFigures;

  AuditFigures(IdentityService identityService, AuditSettings settings, CycleSettings cycle, ScopeSettings scope,
      ReferralSettings referral, CycleFigures cycleFigures,
      MinimumFigures minimumFigures, ReflectionFigures reflectionFigures, ScopeFigures scopeFigures,
      ReferralFigures referralFigures) {
    this.identityService = identityService;
    this.settings = settings;
    this.cycle = cycle;
    this.scope = scope;
    this.referral = referral;
    this.cycleFigures = cycleFigures;
    this.minimumFigures = minimumFigures;
    this.reflectionFigures = reflectionFigures;
    this.scopeFigures = scopeFigures;
    this.referralFigures = referralFigures;
  }

  /** The report of the period, for the program ({@code supervisorId} null) or one supervisor's team. */
  @Transactional(readOnly = true)
  public AuditReport report(AuditPeriod period, String supervisorId) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant start = period.start();
    Instant end = period.end();
    Map<String, String> names = names();
    Map<String, CycleFigures.SupervisorCycles> cyclesBySupervisor = cycleFigures.cycles(start, end, supervisorId, now,
        duration(cycle.cadence()));

    long[] cycleTotals = new long[3];
    cyclesBySupervisor.values().forEach(c -> {
      cycleTotals[0] += c.completed();
      cycleTotals[1] += c.onTime();
      cycleTotals[2] += c.openPastDue();
    });
    long[] reflectionTotals = new long[4];
    Map<String, Long> overdueBySupervisor = new HashMap<>();
    Map<String, Long> overdueBySpecialist = new HashMap<>();
    for (CycleFigures.ReflectionDeadlines r : cycleFigures.reflectionDeadlines(start, end, supervisorId, now)) {
      reflectionTotals[0] += r.pending();
      reflectionTotals[1] += r.onTime();
      reflectionTotals[2] += r.late();
      reflectionTotals[3] += r.openOverdue();
      overdueBySupervisor.merge(r.supervisorId(), r.late() + r.openOverdue(), Long::sum);
      overdueBySpecialist.merge(r.specialistId(), r.late() + r.openOverdue(), Long::sum);
    }

    List<SupervisorCycles> bySupervisor = new ArrayList<>();
    new TreeMap<>(cyclesBySupervisor).forEach((id, c) -> bySupervisor.add(new SupervisorCycles(id,
        names.getOrDefault(id, id), c.completed(), c.onTime(), c.completed() - c.onTime(),
        percent(c.onTime(), c.completed()), c.openPastDue(), overdueBySupervisor.getOrDefault(id, 0L))));
    overdueBySupervisor.forEach((id, overdue) -> {
      if (!cyclesBySupervisor.containsKey(id)) {
        bySupervisor.add(new SupervisorCycles(id, names.getOrDefault(id, id), 0, 0, 0, null, 0, overdue));
      }
    });
    bySupervisor.sort(Comparator.comparing(SupervisorCycles::supervisorId));

    MinimumFigures.Compliance compliance = minimumFigures.compliance(period, supervisorId, names, overdueBySpecialist,
        LocalDate.ofInstant(now, ZoneId.systemDefault()));
    return new AuditReport(period.from(), period.to(), AuditWords.period(period.from(), period.to()), supervisorId, now,
        minimumFigures.programMinimum(), minimumFigures.stageMinimums(),
        new Cycles(cycleTotals[0], cycleTotals[1], cycleTotals[0] - cycleTotals[1], percent(cycleTotals[1], cycleTotals[0]),
            cycleTotals[2]),
        bySupervisor,
        new ReflectionDeadlines(reflectionTotals[0] + reflectionTotals[1] + reflectionTotals[2] + reflectionTotals[3],
            reflectionTotals[1], reflectionTotals[2], reflectionTotals[3], reflectionTotals[2] + reflectionTotals[3]),
        compliance.months(), compliance.specialists(),
        reflections(start, end, supervisorId, now),
        scopeChecks(start, end, supervisorId), overrides(start, end, supervisorId, names), crisis(start, end, supervisorId),
        referrals(start, end, supervisorId), roleDrift(start, end, supervisorId, names));
  }

  // --- the families' figures as the report's rows -------------------------------------------------

  private ReflectionReviews reflections(Instant start, Instant end, String supervisorId, Instant now) {
    ReflectionFigures.Reviews r = reflectionFigures.figures(start, end, supervisorId, now);
    return new ReflectionReviews(true, r.total(), r.byType(), r.byRisk(), r.byReviewOutcome(), r.reviewed(),
        r.averageHoursToReview(), r.maximumHoursToReview(), r.reviewedLate(), r.reviewsOverdue());
  }

  private ScopeChecks scopeChecks(Instant start, Instant end, String supervisorId) {
    ScopeFigures.Checks c = scopeFigures.checks(start, end, supervisorId);
    return new ScopeChecks(c.total(), c.byTableOutcome(), c.byFinalOutcome(), c.overrides());
  }

  private List<Override> overrides(Instant start, Instant end, String supervisorId, Map<String, String> names) {
    List<Override> overrides = new ArrayList<>();
    for (ScopeFigures.OverriddenDecision o : scopeFigures.overrides(start, end, supervisorId)) {
      overrides.add(new Override(o.scopeCheckId(), o.supervisorId(), names.getOrDefault(o.supervisorId(), o.supervisorId()),
          o.specialistId(), o.tableOutcome(), o.overriddenTo(), o.reason(), o.overriddenAt()));
    }
    return overrides;
  }

  private Crisis crisis(Instant start, Instant end, String supervisorId) {
    ScopeFigures.Crisis c = scopeFigures.crisis(start, end, supervisorId, scope.crisisAcknowledgmentWithin());
    return new Crisis(c.raised(), c.acknowledged(), c.acknowledgedInTime(), c.averageMinutesToAcknowledge(),
        c.maximumMinutesToAcknowledge(), c.escalatedToProgramLeads());
  }

  private Referrals referrals(Instant start, Instant end, String supervisorId) {
    ReferralFigures.Referrals r = referralFigures.referrals(start, end, supervisorId,
        referral.referralAttemptsBeforeSupervisor());
    return new Referrals(r.total(), r.consentGiven(), r.consentRefused(), r.consentPending(), r.handedOff(),
        r.averageHoursToHandoff(), r.byOutcome(), r.lostToFollowUp());
  }

  private List<RoleDrift> roleDrift(Instant start, Instant end, String supervisorId, Map<String, String> names) {
    List<RoleDrift> drift = new ArrayList<>();
    for (ScopeFigures.RoleDrift d : scopeFigures.roleDrift(start, end, supervisorId, settings.roleDriftMinimumChecks(),
        settings.roleDriftShare())) {
      drift.add(new RoleDrift(d.specialistId(), names.getOrDefault(d.specialistId(), d.specialistId()), d.scopeChecks(),
          d.referOrConsult(), d.share(), d.overridesToWithinScope(), d.signal()));
    }
    return drift;
  }

  // --- helpers -------------------------------------------------------------------------------------

  /** Display names of everyone, in one query. */
  private Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (User user : Privileged.call(identityService, () -> identityService.createUserQuery().list())) {
      names.put(user.getId(), Relationships.displayName(user));
    }
    return names;
  }

  static Double percent(long part, long whole) {
    return whole == 0 ? null : round(100.0 * part / whole);
  }

  static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  /** The cadence as a duration, its days and months counted from 2000-01-01 (a month of 31 days). */
  private static Duration duration(Period period) {
    LocalDate epoch = LocalDate.of(2000, 1, 1);
    return Duration.between(epoch.atStartOfDay(), epoch.plus(period).atStartOfDay());
  }
}
