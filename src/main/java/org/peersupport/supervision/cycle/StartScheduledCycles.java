package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationship;
import org.springframework.stereotype.Component;

/**
 * The schedule's daily look: a supervision cycle starts for every active supervision relationship whose
 * specialist's next cycle is due, i.e. whose last cycle started at least one cadence ago (by calendar
 * day) or, with no cycle yet, whose relationship started at least one cadence ago. The cadence is the
 * specialist's own ({@link CycleCadences}: the stage of their certification). As before, an open cycle
 * does not hold back the next one: supervision stays on cadence even when a cycle runs late.
 */
@Component("startScheduledCycles")
class StartScheduledCycles implements JavaDelegate {

  /** The engine's time when the schedule fired ({@code ${now()}} in the diagram; tests move that clock). */
  static final String SCHEDULED_AT = "scheduledAt";

  private final Relationships relationships;
  private final CycleCadences cadences;
  private final CycleStarts starts;

  StartScheduledCycles(Relationships relationships, CycleCadences cadences, CycleStarts starts) {
    this.relationships = relationships;
    this.cadences = cadences;
    this.starts = starts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = ((Date) execution.getVariable(SCHEDULED_AT)).toInstant().atZone(ZoneId.systemDefault())
        .toLocalDate();
    List<SupervisionRelationship> active = relationships.active();
    Map<String, Period> cadenceOf = cadences.cadencesOf(active.stream().map(SupervisionRelationship::getSpecialistId).toList());
    Map<String, LocalDate> lastStart = starts.lastStartOfEachSpecialist();
    int started = 0;
    for (SupervisionRelationship relationship : active) {
      String specialist = relationship.getSpecialistId();
      LocalDate since = lastStart.getOrDefault(specialist, relationship.getStartedOn());
      if (!since.plus(cadenceOf.get(specialist)).isAfter(today)) {
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey("supervision-cycle",
            Map.of(CycleVariables.SPECIALIST_ID, specialist));
        started++;
      }
    }
    execution.setVariable("cyclesStarted", started);
    execution.setVariable("cyclesNotDue", active.size() - started);
  }
}
