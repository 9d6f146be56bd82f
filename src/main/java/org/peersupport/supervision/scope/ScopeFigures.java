package org.peersupport.supervision.scope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The scope-of-practice figures for the audit, counted with aggregate queries over the scope checks and
 * the supervisors' overrides: checks by the table's and the final outcome, the overrides with their
 * reasons, crisis acknowledgment times, and each specialist's role-drift signal. Never reads the check's
 * description, peer code or crisis notes; override reasons are read because supervisors write them for
 * program leads.
 */
@Component
public class ScopeFigures {

  /** Scope checks raised in the period, by the table's outcome and the final one (OPEN: not decided yet). */
  public record Checks(long total, Map<String, Long> byTableOutcome, Map<String, Long> byFinalOutcome,
      long overrides) {}

  /** A supervisor's decision that differed from the scope-of-practice table, with their reason. */
  public record OverriddenDecision(long scopeCheckId, String supervisorId, String specialistId, String tableOutcome,
      String overriddenTo, String reason, Instant overriddenAt) {}

  /** CRISIS checks raised in the period and how fast supervisors acknowledged them (minutes, two decimals). */
  public record Crisis(long raised, long acknowledged, long acknowledgedInTime,
      Double averageMinutesToAcknowledge, Double maximumMinutesToAcknowledge, long escalatedToProgramLeads) {}

  /** One specialist's share of REFER or CONSULT answers and overrides toward WITHIN_SCOPE; {@code signal}: worth a talk. */
  public record RoleDrift(String specialistId, long scopeChecks, long referOrConsult, double share,
      long overridesToWithinScope, boolean signal) {}

  private final EntityManager entityManager;

  ScopeFigures(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Checks raised from {@code start} to {@code end} (exclusive), of everyone or one supervisor's team. */
  public Checks checks(Instant start, Instant end, String supervisorId) {
    Map<String, Long> byTable = new LinkedHashMap<>();
    Map<String, Long> byFinal = new LinkedHashMap<>();
    long total = 0;
    for (Object[] row : query("""
        select c.dmnOutcome, c.outcome, count(c) from ScopeCheck c
        where c.raisedAt >= :from and c.raisedAt < :to %s group by c.dmnOutcome, c.outcome
        """, start, end, supervisorId)) {
      long count = ((Number) row[2]).longValue();
      total += count;
      byTable.merge(String.valueOf(row[0]), count, Long::sum);
      byFinal.merge(row[1] == null ? "OPEN" : row[1].toString(), count, Long::sum);
    }
    Object[] overrides = single("""
        select count(o) from ScopeOverride o, ScopeCheck c
        where c.id = o.scopeCheckId and o.overriddenAt >= :from and o.overriddenAt < :to %s
        """, start, end, supervisorId, Map.of());
    return new Checks(total, new TreeMap<>(byTable), new TreeMap<>(byFinal), ((Number) overrides[0]).longValue());
  }

  /** Overrides made in the period, oldest first. */
  public List<OverriddenDecision> overrides(Instant start, Instant end, String supervisorId) {
    List<OverriddenDecision> overrides = new ArrayList<>();
    for (Object[] row : query("""
        select c.id, o.supervisorId, c.specialistId, o.dmnOutcome, o.overriddenTo, o.reason, o.overriddenAt
        from ScopeOverride o, ScopeCheck c
        where c.id = o.scopeCheckId and o.overriddenAt >= :from and o.overriddenAt < :to %s order by o.overriddenAt
        """, start, end, supervisorId)) {
      overrides.add(new OverriddenDecision(((Number) row[0]).longValue(), (String) row[1], (String) row[2], row[3].toString(),
          row[4].toString(), (String) row[5], (Instant) row[6]));
    }
    return overrides;
  }

  /** CRISIS checks raised in the period; in time: acknowledged within {@code acknowledgmentWithin}. */
  public Crisis crisis(Instant start, Instant end, String supervisorId, Duration acknowledgmentWithin) {
    Object[] row = single("""
        select count(c), count(c.supervisorAcknowledgedAt),
               sum(case when (c.supervisorAcknowledgedAt - c.raisedAt) by second <= :within then 1 else 0 end),
               avg((c.supervisorAcknowledgedAt - c.raisedAt) by second),
               max((c.supervisorAcknowledgedAt - c.raisedAt) by second),
               count(c.crisisEscalatedAt)
        from ScopeCheck c
        where c.dmnOutcome = org.peersupport.supervision.scope.ScopeOutcome.CRISIS
          and c.raisedAt >= :from and c.raisedAt < :to %s
        """, start, end, supervisorId, Map.of("within", acknowledgmentWithin.toSeconds()));
    return new Crisis(count(row[0]), count(row[1]), count(row[2]), minutes(row[3]), minutes(row[4]), count(row[5]));
  }

  /**
   * Each specialist with checks or overrides toward WITHIN_SCOPE in the period, signals first, then by
   * share: a signal when at least {@code minimumChecks} checks reach {@code share} REFER or CONSULT, or on
   * any override toward WITHIN_SCOPE.
   */
  public List<RoleDrift> roleDrift(Instant start, Instant end, String supervisorId, int minimumChecks, double share) {
    Map<String, Long> towardWithinScope = new HashMap<>();
    for (Object[] row : query("""
        select c.specialistId, count(o) from ScopeOverride o, ScopeCheck c
        where c.id = o.scopeCheckId and o.overriddenTo = org.peersupport.supervision.scope.ScopeOutcome.WITHIN_SCOPE
          and o.overriddenAt >= :from and o.overriddenAt < :to %s group by c.specialistId
        """, start, end, supervisorId)) {
      towardWithinScope.put((String) row[0], count(row[1]));
    }
    List<RoleDrift> drift = new ArrayList<>();
    for (Object[] row : query("""
        select c.specialistId, count(c),
               sum(case when c.dmnOutcome in (org.peersupport.supervision.scope.ScopeOutcome.REFER,
                                             org.peersupport.supervision.scope.ScopeOutcome.CONSULT) then 1 else 0 end)
        from ScopeCheck c
        where c.raisedAt >= :from and c.raisedAt < :to %s group by c.specialistId
        """, start, end, supervisorId)) {
      String specialist = (String) row[0];
      long checks = count(row[1]);
      long referOrConsult = count(row[2]);
      double referShare = checks == 0 ? 0 : round(referOrConsult / (double) checks);
      long overrides = towardWithinScope.getOrDefault(specialist, 0L);
      boolean signal = (checks >= minimumChecks && referShare >= share) || overrides > 0;
      drift.add(new RoleDrift(specialist, checks, referOrConsult, referShare, overrides, signal));
    }
    towardWithinScope.forEach((specialist, overrides) -> {
      if (drift.stream().noneMatch(d -> d.specialistId().equals(specialist))) {
        drift.add(new RoleDrift(specialist, 0, 0, 0, overrides, true));
      }
    });
    drift.sort(Comparator.comparing(RoleDrift::signal).reversed().thenComparing(RoleDrift::share, Comparator.reverseOrder())
        .thenComparing(RoleDrift::specialistId));
    return drift;
  }

  private List<Object[]> query(String jpql, Instant start, Instant end, String supervisorId) {
    return query(jpql, start, end, supervisorId, Map.of());
  }

  /** The JPQL with its {@code %s} limited to one supervisor's team (scope check alias {@code c}) when asked. */
  private List<Object[]> query(String jpql, Instant start, Instant end, String supervisorId, Map<String, Object> more) {
    String team = supervisorId == null ? "" : " and c.supervisorId = :supervisor";
    TypedQuery<Object[]> query = entityManager.createQuery(jpql.formatted(team), Object[].class)
        .setParameter("from", start).setParameter("to", end);
    if (supervisorId != null) {
      query.setParameter("supervisor", supervisorId);
    }
    more.forEach(query::setParameter);
    return query.getResultList();
  }

  private Object[] single(String jpql, Instant start, Instant end, String supervisorId, Map<String, Object> more) {
    return query(jpql, start, end, supervisorId, more).get(0);
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double minutes(Object seconds) {
    return seconds == null ? null : round(((Number) seconds).doubleValue() / 60.0);
  }

  private static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
