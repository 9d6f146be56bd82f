package org.peersupport.supervision.referral;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The referral figures for the audit, counted with aggregate queries over the referrals to licensed care:
 * consent, warm handoff, outcome and referrals lost to follow-up. Never reads what was disclosed, to
 * whom, or any note.
 */
@Component
public class ReferralFigures {

  /**
   * Referrals made in the period: consent, warm handoff (hours to it, two decimals) and outcome (OPEN:
   * not closed yet). Lost to follow-up: still open after the supervisor had to be asked how to go on (or
   * after that many attempts).
   */
  public record Referrals(long total, long consentGiven, long consentRefused, long consentPending,
      long handedOff, Double averageHoursToHandoff, Map<String, Long> byOutcome, long lostToFollowUp) {}

  private final EntityManager entityManager;

  ReferralFigures(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Referrals made from {@code start} to {@code end} (exclusive), of everyone or one supervisor's team;
   * the supervisor is asked after {@code attemptsBeforeSupervisor} follow-up attempts.
   */
  public Referrals referrals(Instant start, Instant end, String supervisorId, int attemptsBeforeSupervisor) {
    Object[] row = query("""
        select count(r),
               sum(case when r.consentDecision = org.peersupport.supervision.referral.ConsentDecision.GIVEN then 1 else 0 end),
               sum(case when r.consentDecision = org.peersupport.supervision.referral.ConsentDecision.REFUSED then 1 else 0 end),
               count(r.handoffAt),
               avg((r.handoffAt - r.referredAt) by second),
               sum(case when r.outcome is null and (r.supervisorReviews > 0 or r.followUpAttempts >= :attempts)
                   then 1 else 0 end)
        from LicensedCareReferral r
        where r.referredAt >= :from and r.referredAt < :to %s
        """, start, end, supervisorId, Map.of("attempts", attemptsBeforeSupervisor)).get(0);
    Map<String, Long> byOutcome = new LinkedHashMap<>();
    for (Object[] outcome : query("""
        select r.outcome, count(r) from LicensedCareReferral r
        where r.referredAt >= :from and r.referredAt < :to %s group by r.outcome
        """, start, end, supervisorId, Map.of())) {
      byOutcome.put(outcome[0] == null ? "OPEN" : outcome[0].toString(), count(outcome[1]));
    }
    long total = count(row[0]);
    long given = count(row[1]);
    long refused = count(row[2]);
    Double hours = row[4] == null ? null : round(((Number) row[4]).doubleValue() / 3600.0);
    return new Referrals(total, given, refused, total - given - refused, count(row[3]), hours,
        new TreeMap<>(byOutcome), count(row[5]));
  }

  /** The JPQL with its {@code %s} limited to one supervisor's team (referral alias {@code r}) when asked. */
  private List<Object[]> query(String jpql, Instant start, Instant end, String supervisorId, Map<String, Object> more) {
    String team = supervisorId == null ? "" : " and r.supervisorId = :supervisor";
    TypedQuery<Object[]> query = entityManager.createQuery(jpql.formatted(team), Object[].class)
        .setParameter("from", start).setParameter("to", end);
    if (supervisorId != null) {
      query.setParameter("supervisor", supervisorId);
    }
    more.forEach(query::setParameter);
    return query.getResultList();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
