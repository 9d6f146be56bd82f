package org.peersupport.supervision.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them on the roster's report: "8 Dec 2026", "8 Dec 2026, 14:05 UTC". */
final class HumanDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
      Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private HumanDates() {}

  static String day(LocalDate day) {
    return DAY.format(day);
  }

  static String moment(Instant instant) {
    return MOMENT.format(instant);
  }
}
