package org.peersupport.supervision.disclosure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Disclosure and boundary reflections submitted in the period (process {@code disclosure-reflection}):
 * by situation type, by risk level (NOT_ASSESSED until the decision ran) and by the supervisor's review
 * outcome (NOT_REVIEWED until reviewed), how many were reviewed, hours from submission to review
 * (average and longest), and reviews done after their due time or still open past it. Reads only the
 * structured columns: never the reflection's text, the peer code or the wellness supports.
 */
@Component
public class ReflectionFigures {

  /** The reflections of a period; hours are rounded to two decimals, null when none was reviewed. */
  public record Reviews(long total, Map<String, Long> byType, Map<String, Long> byRisk,
      Map<String, Long> byReviewOutcome, long reviewed, Double averageHoursToReview, Double maximumHoursToReview,
      long reviewedLate, long reviewsOverdue) {}

  private final EntityManager entityManager;

  ReflectionFigures(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Reflections submitted from {@code start} (inclusive) to {@code end} (exclusive), of everyone
   * ({@code supervisorId} null) or of one supervisor's team; overdue as of {@code now}.
   */
  public Reviews figures(Instant start, Instant end, String supervisorId, Instant now) {
    Map<String, Long> byType = new TreeMap<>();
    Map<String, Long> byRisk = new TreeMap<>();
    Map<String, Long> byOutcome = new TreeMap<>();
    long total = 0;
    for (Object[] row : query("""
        select r.situationType, r.riskLevel, r.reviewOutcome, count(r) from DisclosureReflection r
        where r.submittedAt >= :from and r.submittedAt < :to %s
        group by r.situationType, r.riskLevel, r.reviewOutcome
        """, start, end, supervisorId, Map.of())) {
      long count = ((Number) row[3]).longValue();
      total += count;
      byType.merge(row[0].toString(), count, Long::sum);
      byRisk.merge(row[1] == null ? "NOT_ASSESSED" : row[1].toString(), count, Long::sum);
      byOutcome.merge(row[2] == null ? "NOT_REVIEWED" : row[2].toString(), count, Long::sum);
    }
    Object[] timing = query("""
        select count(r.reviewedAt), avg((r.reviewedAt - r.submittedAt) by second),
               max((r.reviewedAt - r.submittedAt) by second),
               sum(case when r.reviewedAt is not null and r.reviewDueAt is not null and r.reviewedAt > r.reviewDueAt
                   then 1 else 0 end),
               sum(case when r.reviewedAt is null and r.reviewDueAt is not null and r.reviewDueAt < :now then 1 else 0 end)
        from DisclosureReflection r
        where r.submittedAt >= :from and r.submittedAt < :to %s
        """, start, end, supervisorId, Map.of("now", now)).get(0);
    return new Reviews(total, byType, byRisk, byOutcome, count(timing[0]), hours(timing[1]), hours(timing[2]),
        count(timing[3]), count(timing[4]));
  }

  private List<Object[]> query(String jpql, Instant start, Instant end, String supervisorId, Map<String, Object> more) {
    TypedQuery<Object[]> query = entityManager.createQuery(
        jpql.formatted(supervisorId == null ? "" : " and r.supervisorId = :supervisor"), Object[].class)
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

  private static Double hours(Object seconds) {
    return seconds == null ? null : round(((Number) seconds).doubleValue() / 3600.0);
  }

  private static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
