package org.peersupport.supervision.cycle;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationship;
import org.springframework.stereotype.Component;

/** The cadence is due: one supervision cycle starts for every active supervision relationship. */
@Component("startScheduledCycles")
class StartScheduledCycles implements JavaDelegate {

  private final Relationships relationships;

  StartScheduledCycles(Relationships relationships) {
    this.relationships = relationships;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int started = 0;
    for (SupervisionRelationship relationship : relationships.active()) {
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey("supervision-cycle",
          Map.of(CycleVariables.SPECIALIST_ID, relationship.getSpecialistId()));
      started++;
    }
    execution.setVariable("cyclesStarted", started);
  }
}
