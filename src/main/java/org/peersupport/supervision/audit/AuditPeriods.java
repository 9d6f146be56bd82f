package org.peersupport.supervision.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peersupport.supervision.validation.FormRejectedException;

/** Reads the period of a request: {@code month=2026-10}, {@code quarter=2026-Q3}, or {@code from} and {@code to}. */
final class AuditPeriods {

  private static final Pattern QUARTER = Pattern.compile("^([0-9]{4})-Q([1-4])$");

  private AuditPeriods() {}

  static AuditPeriod of(String month, String quarter, String from, String to, LocalDate today) {
    if (month != null && !month.isBlank()) {
      try {
        return AuditPeriod.month(YearMonth.parse(month));
      } catch (DateTimeParseException e) {
        throw FormRejectedException.of("audit-period", "month", "must look like 2026-10");
      }
    }
    if (quarter != null && !quarter.isBlank()) {
      Matcher m = QUARTER.matcher(quarter);
      if (!m.matches()) {
        throw FormRejectedException.of("audit-period", "quarter", "must look like 2026-Q3");
      }
      return AuditPeriod.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((from != null && !from.isBlank()) || (to != null && !to.isBlank())) {
      return new AuditPeriod(day(from, "from"), day(to, "to"));
    }
    return AuditPeriod.month(YearMonth.from(today));
  }

  private static LocalDate day(String value, String field) {
    try {
      return LocalDate.parse(value == null ? "" : value);
    } catch (DateTimeParseException e) {
      throw FormRejectedException.of("audit-period", field, "must be a date like 2026-10-31");
    }
  }
}
