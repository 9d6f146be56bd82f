package org.peersupport.supervision.validation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;

/**
 * Days in the one format people read ("8 Dec 2026"), for the processes: a task's name calls
 * {@code ${shownDates.of(certificationExpiresOn)}}; a form shows {@code {{certificationExpiresOnShown}}},
 * put on its task as a task-local value by a create listener {@code ${shownDates.put(task, 'certificationExpiresOn')}}.
 */
@Component("shownDates")
public class ShownDates {

  /** The day a variable holds (a date or ISO text), as people read it; empty for none. */
  public String of(Object day) {
    return day == null || day.toString().isBlank() ? "" : Dates.shown(Dates.dayOf(day));
  }

  /** For each named day variable (comma-separated), the task-local {@code <name>Shown}. */
  public void put(DelegateTask task, String names) {
    for (String name : names.split(",")) {
      String variable = name.strip();
      task.setVariableLocal(variable + "Shown", of(task.getVariable(variable)));
    }
  }
}
