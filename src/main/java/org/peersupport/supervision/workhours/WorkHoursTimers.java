package org.peersupport.supervision.workhours;

import org.springframework.stereotype.Component;

/**
 * Durations of work-hours-sign-off's timers on the supervisor's sign-off, from
 * {@code peer-supervision.certification.*}: the reminder, then the program leads' follow-up.
 */
@Component("workHoursTimers")
public class WorkHoursTimers {

  private final WorkHoursSettings settings;

  public WorkHoursTimers(WorkHoursSettings settings) {
    this.settings = settings;
  }

  /** How long submitted hours wait before the supervisor is reminded, e.g. P3D. */
  public String reminderAfter() {
    return settings.workHoursSignOffReminderAfter().toString();
  }

  /** How long submitted hours wait before program leads are asked to follow up, e.g. P7D. */
  public String escalationAfter() {
    return settings.workHoursSignOffEscalationAfter().toString();
  }
}
