package org.peersupport.supervision.cycle;

import static org.peersupport.supervision.cycle.CycleVariables.SPECIALIST_ID;
import static org.peersupport.supervision.cycle.CycleVariables.SPECIALIST_NAME;
import static org.peersupport.supervision.cycle.CycleVariables.SUPERVISOR_ID;
import static org.peersupport.supervision.cycle.CycleVariables.SUPERVISOR_NAME;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * At the start of a cycle: finds the specialist's supervisor from the supervision relationships (never
 * from the caller's input) and checks that whoever started the cycle is that supervisor (or an admin,
 * or the schedule).
 */
@Component("prepareSupervisionCycle")
class PrepareSupervisionCycle implements ExecutionListener {

  private final Relationships relationships;
  private final CycleSettings settings;

  PrepareSupervisionCycle(Relationships relationships, CycleSettings settings) {
    this.relationships = relationships;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String specialistId = (String) execution.getVariable(SPECIALIST_ID);
    String supervisorId = relationships.supervisorOf(specialistId).orElseThrow(() ->
        FormRejectedException.of("supervision-cycle-start", SPECIALIST_ID,
            "has no active supervision relationship"));
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (starter != null && !supervisorId.equals(starter.getUserId())
        && (starter.getGroupIds() == null || !starter.getGroupIds().contains(ProgramRoles.ADMINS))) {
      throw FormRejectedException.of("supervision-cycle-start", SPECIALIST_ID, "is not one of your supervisees");
    }
    execution.setVariable(SUPERVISOR_ID, supervisorId);
    execution.setVariable(SPECIALIST_NAME, relationships.displayName(specialistId));
    execution.setVariable(SUPERVISOR_NAME, relationships.displayName(supervisorId));
    // a suggested due date the supervisor can change when assigning the prompts
    execution.setVariable(CycleVariables.REFLECTION_DUE_DATE,
        LocalDate.now().plus(settings.reflectionDueIn()).toString());
  }
}
