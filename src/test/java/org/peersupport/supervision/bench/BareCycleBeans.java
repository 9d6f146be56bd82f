package org.peersupport.supervision.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the bare engine resolves the supervision cycle's expressions to: listeners and delegates that do
 * nothing, and timer dates computed from the reflection due date the way the product does (so both
 * engines create the same timer jobs). No product class is used.
 */
public final class BareCycleBeans {

  private BareCycleBeans() {}

  static Map<String, Object> beans() {
    ExecutionListener noExecutionListener = execution -> { };
    TaskListener noTaskListener = task -> { };
    JavaDelegate noDelegate = execution -> { };
    return Map.ofEntries(
        Map.entry("prepareSupervisionCycle", noExecutionListener),
        Map.entry("showRecentReflections", noTaskListener),
        Map.entry("recordReflection", noTaskListener),
        Map.entry("recordSupervisionSession", noTaskListener),
        Map.entry("recordWellnessPlan", noTaskListener),
        Map.entry("confirmWellnessPlan", noTaskListener),
        Map.entry("finalizeSessionRecord", noDelegate),
        Map.entry("remindSpecialist", noDelegate),
        Map.entry("escalateOverdueReflection", noDelegate),
        Map.entry("cycleTimers", new Timers()));
  }

  /** The dates of the cycle's timers: end of the due date, and three days later. */
  public static final class Timers {
    public Date reflectionDue(VariableScope scope) {
      return startOfDay(dueDate(scope).plusDays(1));
    }

    public Date reminderAt(VariableScope scope) {
      return reflectionDue(scope);
    }

    public Date escalationAt(VariableScope scope) {
      return startOfDay(dueDate(scope).plusDays(4));
    }

    private static LocalDate dueDate(VariableScope scope) {
      return LocalDate.parse(scope.getVariable("reflectionDueDate").toString().substring(0, 10));
    }

    private static Date startOfDay(LocalDate day) {
      return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
  }
}
