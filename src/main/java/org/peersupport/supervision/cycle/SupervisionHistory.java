package org.peersupport.supervision.cycle;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A specialist's supervision history: the session records, and signed sessions and minutes per month
 * against the program's minimum. Only signed (attested) sessions count toward the minimum.
 */
@Service
public class SupervisionHistory {

  public record MonthTotal(YearMonth month, long sessions, long minutes, boolean meetsMinimum) {}

  public record Minimum(int sessionsPerMonth, int minutesPerMonth) {}

  private final SupervisionSessions sessions;
  private final CycleSettings settings;

  public SupervisionHistory(SupervisionSessions sessions, CycleSettings settings) {
    this.sessions = sessions;
    this.settings = settings;
  }

  public Minimum minimum() {
    return new Minimum(settings.minimumSessionsPerMonth(), settings.minimumMinutesPerMonth());
  }

  /** Every month from {@code from} to {@code to}, including months without a session. */
  @Transactional(readOnly = true)
  public List<MonthTotal> monthlyTotals(String specialistId, YearMonth from, YearMonth to) {
    Map<YearMonth, long[]> found = new HashMap<>();
    for (Object[] row : sessions.monthlyTotals(specialistId, from.atDay(1), to.atEndOfMonth())) {
      YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
      found.put(month, new long[] {((Number) row[2]).longValue(), ((Number) row[3]).longValue()});
    }
    List<MonthTotal> totals = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      long[] total = found.getOrDefault(month, new long[] {0, 0});
      totals.add(new MonthTotal(month, total[0], total[1],
          total[0] >= settings.minimumSessionsPerMonth() && total[1] >= settings.minimumMinutesPerMonth()));
    }
    return totals;
  }

  @Transactional(readOnly = true)
  public List<SupervisionSession> sessions(String specialistId, YearMonth from, YearMonth to) {
    // element collections are fetched eagerly: the records are complete outside the transaction
    return sessions.findBySpecialistIdAndSessionDateBetweenOrderBySessionDateDesc(specialistId, from.atDay(1),
        to.atEndOfMonth());
  }
}
