package org.peersupport.supervision.workhours;

import static org.peersupport.supervision.workhours.WorkHoursVariables.SPECIALIST_ID;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SPECIALIST_NAME;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SUPERVISOR_ID;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SUPERVISOR_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * At the start of a work-hours sign-off: the hours are the submitting specialist's own (the start event's
 * {@code camunda:initiator} names them, never the form), and they go to the specialist's current
 * supervisor, from the supervision relationships.
 */
@Component("prepareWorkHoursSignOff")
class PrepareWorkHoursSignOff implements ExecutionListener {

  static final String FORM = "work-hours-sign-off-start";

  private final Relationships relationships;

  PrepareWorkHoursSignOff(Relationships relationships) {
    this.relationships = relationships;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object submittedBy = execution.getVariable(SPECIALIST_ID);
    if (!(submittedBy instanceof String specialistId) || !relationships.isMember(specialistId, ProgramRoles.SPECIALISTS)) {
      throw FormRejectedException.of(FORM, SPECIALIST_ID, "specialists submit their own work hours");
    }
    String supervisorId = relationships.supervisorOf(specialistId).orElseThrow(() ->
        FormRejectedException.of(FORM, SPECIALIST_ID, "has no active supervision relationship"));
    execution.setVariable(SUPERVISOR_ID, supervisorId);
    execution.setVariable(SPECIALIST_NAME, relationships.displayName(specialistId));
    execution.setVariable(SUPERVISOR_NAME, relationships.displayName(supervisorId));
  }
}
