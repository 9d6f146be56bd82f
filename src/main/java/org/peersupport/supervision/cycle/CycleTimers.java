package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;

/**
 * Dates of the cycle's timers, from {@code peer-supervision.cycle.*} and the due date the supervisor
 * set: the reflection is due at the end of its due date; the reminder fires then; program leads are
 * asked to follow up after the grace period.
 */
@Component("cycleTimers")
public class CycleTimers {

  private final CycleSettings settings;

  public CycleTimers(CycleSettings settings) {
    this.settings = settings;
  }

  /** The timer cycle of the schedule's look for due cycles, e.g. R/P1D. */
  public String scheduleCycle() {
    return "R/" + settings.scheduleCheckEvery();
  }

  /** When the reflection is due: the end of its due date. */
  public Date reflectionDue(VariableScope scope) {
    return Dates.timerAt(dueDate(scope).plusDays(1));
  }

  /** When the reminder fires: as soon as the due date has passed. */
  public Date reminderAt(VariableScope scope) {
    return reflectionDue(scope);
  }

  /** When program leads are asked to follow up: the grace period after the due date. */
  public Date escalationAt(VariableScope scope) {
    return Dates.timerAt(dueDate(scope).plusDays(1).plus(settings.escalationGrace()));
  }

  private static LocalDate dueDate(VariableScope scope) {
    return Dates.dayOf(scope.getVariable(CycleVariables.REFLECTION_DUE_DATE));
  }
}
