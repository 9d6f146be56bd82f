package org.peersupport.supervision.disclosure;

import static org.peersupport.supervision.disclosure.ReflectionVariables.ASSIGNED_BY;
import static org.peersupport.supervision.disclosure.ReflectionVariables.SPECIALIST_ID;
import static org.peersupport.supervision.disclosure.ReflectionVariables.SPECIALIST_NAME;
import static org.peersupport.supervision.disclosure.ReflectionVariables.SUPERVISOR_ID;
import static org.peersupport.supervision.disclosure.ReflectionVariables.SUPERVISOR_NAME;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * At the start of a reflection: whose reflection it is (the specialist who started it, or the
 * supervisee a supervisor named) and their supervisor, always from the supervision relationships,
 * never from the caller's input.
 */
@Component("prepareDisclosureReflection")
class PrepareDisclosureReflection implements ExecutionListener {

  static final String FORM = "disclosure-reflection-start";

  private final Relationships relationships;

  PrepareDisclosureReflection(Relationships relationships) {
    this.relationships = relationships;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object requestedValue = execution.getVariable(SPECIALIST_ID);
    String requested = requestedValue == null || requestedValue.toString().isBlank() ? null
        : requestedValue.toString().strip();
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String specialistId;
    String assignedBy = null;
    if (starter == null || starter.getUserId() == null) {
      // started by the product itself (for example from another process)
      if (requested == null) {
        throw FormRejectedException.of(FORM, SPECIALIST_ID, "name the specialist");
      }
      specialistId = requested;
    } else if (requested == null || requested.equals(starter.getUserId())) {
      if (!in(starter, ProgramRoles.SPECIALISTS)) {
        throw FormRejectedException.of(FORM, SPECIALIST_ID, "name the specialist you supervise");
      }
      specialistId = starter.getUserId();
    } else {
      if (!relationships.supervises(starter.getUserId(), requested) && !in(starter, ProgramRoles.ADMINS)) {
        throw FormRejectedException.of(FORM, SPECIALIST_ID, "is not one of your supervisees");
      }
      specialistId = requested;
      assignedBy = starter.getUserId();
    }
    String supervisorId = relationships.supervisorOf(specialistId).orElseThrow(() ->
        FormRejectedException.of(FORM, SPECIALIST_ID, "has no active supervision relationship"));
    execution.setVariable(SPECIALIST_ID, specialistId);
    execution.setVariable(SUPERVISOR_ID, supervisorId);
    execution.setVariable(ASSIGNED_BY, assignedBy);
    execution.setVariable(SPECIALIST_NAME, relationships.displayName(specialistId));
    execution.setVariable(SUPERVISOR_NAME, relationships.displayName(supervisorId));
  }

  private static boolean in(Authentication authentication, String group) {
    List<String> groups = authentication.getGroupIds();
    return groups != null && groups.contains(group);
  }
}
