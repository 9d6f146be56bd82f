package org.peersupport.supervision.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormRejectedException;

/**
 * The days an audit covers, both inclusive: a month, a quarter or any range of at most
 * {@value #MAX_DAYS} days. Instants are taken at the start of the day in the server's zone, as the
 * engine's timers do.
 */
public record AuditPeriod(LocalDate from, LocalDate to) {

  public static final int MAX_DAYS = 731;

  public AuditPeriod {
    if (from == null || to == null || from.isAfter(to)) {
      throw FormRejectedException.of("audit-period", "from", "must be a date on or before 'to'");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw FormRejectedException.of("audit-period", "to", "must be at most " + MAX_DAYS + " days after 'from'");
    }
  }

  public static AuditPeriod month(YearMonth month) {
    return new AuditPeriod(month.atDay(1), month.atEndOfMonth());
  }

  /** Quarter 1 to 4 of the year. */
  public static AuditPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw FormRejectedException.of("audit-period", "quarter", "must be 1, 2, 3 or 4");
    }
    YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
    return new AuditPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** The month before the one of {@code today}: what the monthly audit covers. */
  public static AuditPeriod monthBefore(LocalDate today) {
    return month(YearMonth.from(today).minusMonths(1));
  }

  public Instant start() {
    return Dates.startOf(from);
  }

  /** The first instant after the period. */
  public Instant end() {
    return Dates.startOf(to.plusDays(1));
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The period as people read it: "November 2026", or "3 Nov 2026 to 2 Dec 2026". */
  public String shown() {
    YearMonth first = YearMonth.from(from);
    if (from.equals(first.atDay(1)) && to.equals(first.atEndOfMonth())) {
      return Dates.shownMonth(first);
    }
    return Dates.shown(from) + " to " + Dates.shown(to);
  }

  public String label() {
    YearMonth first = YearMonth.from(from);
    if (from.equals(first.atDay(1)) && to.equals(first.atEndOfMonth())) {
      return first.toString();
    }
    return from + " to " + to;
  }
}
