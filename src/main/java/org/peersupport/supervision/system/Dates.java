package org.peersupport.supervision.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Calendar days as the processes keep them, in one place: a day variable holds a {@link Date} or ISO
 * text (a date, or a date-time whose first ten characters are the date), and timers and periods start
 * at the beginning of a day on the system's calendar.
 */
public final class Dates {

  private static final int ISO_DATE_LENGTH = "yyyy-MM-dd".length();

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
}
