package org.peersupport.supervision.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Calendar days as the processes keep them, in one place: a day variable holds a {@link Date} or ISO
 * text (a date, or a date-time whose first ten characters are the date), and timers and periods start
 * at the beginning of a day on the system's calendar.
 */
public final class Dates {

  private static final int ISO_DATE_LENGTH = "yyyy-MM-dd".length();

  /** The one date format people read, everywhere the product shows a day: "8 Dec 2026". */
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHOWN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHOWN_AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.UK);

  private Dates() {}

  /**
   * The day a variable's value stands for: a {@link Date} on the system's calendar, or the date that ISO
   * text starts with.
   *
   * @throws java.time.format.DateTimeParseException when the text does not start with an ISO date
   */
  public static LocalDate dayOf(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > ISO_DATE_LENGTH ? text.substring(0, ISO_DATE_LENGTH) : text);
  }

  /** The first instant of the day on the system's calendar. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
  }

  /** The first instant of the day, as the {@link Date} a Camunda timer or due date takes. */
  public static Date timerAt(LocalDate day) {
    return Date.from(startOf(day));
  }

  /** The day as people read it: "8 Dec 2026"; null stays null. */
  public static String shown(LocalDate day) {
    return day == null ? null : SHOWN.format(day).replace("Sept", "Sep");
  }

  /** A moment as people read it, in the program's time zone: "8 Dec 2026, 14:05 UTC"; null stays null. */
  public static String shownAt(Instant moment) {
    return moment == null ? null
        : SHOWN_AT.format(moment.atZone(ZoneId.systemDefault())).replace("Sept", "Sep");
  }

  /** A month as people read it: "December 2026"; null stays null. */
  public static String shownMonth(YearMonth month) {
    return month == null ? null : SHOWN_MONTH.format(month);
  }
}
