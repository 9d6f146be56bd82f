package org.peersupport.supervision.leadfollowup;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.RuntimeService;
import org.peersupport.supervision.people.Relationships;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Asks the program leads to follow up on something, as a process of its own
 * ({@code program-lead-follow-up}). It carries only what a program lead needs: a subject, a plain
 * reason, who is involved and a reference; never reflection text, wellness or peer information,
 * because program leads must not read those.
 */
@Service
public class ProgramLeadFollowUps {

  /** The variable that names the specialist, in this process and in every process that asks it. */
  public static final String SPECIALIST_ID = "specialistId";
  /** The variable that names the supervisor, in this process and in every process that asks it. */
  public static final String SUPERVISOR_ID = "supervisorId";

  private final RuntimeService runtimeService;
  private final Relationships relationships;

  public ProgramLeadFollowUps(@Lazy RuntimeService runtimeService, Relationships relationships) {
    this.runtimeService = runtimeService;
    this.relationships = relationships;
  }

  public String ask(String subject, String reason, String specialistId, String supervisorId, String sourceReference) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("followUpSubject", subject);
    variables.put("followUpReason", reason);
    variables.put(SPECIALIST_ID, specialistId);
    variables.put("specialistName", relationships.displayName(specialistId));
    variables.put(SUPERVISOR_ID, supervisorId);
    variables.put("supervisorName", relationships.displayName(supervisorId));
    variables.put("sourceReference", sourceReference);
    return runtimeService.startProcessInstanceByKey("program-lead-follow-up", sourceReference, variables).getId();
  }

  /**
   * Asks about the process instance {@code execution} runs in: its {@link #SPECIALIST_ID} and
   * {@link #SUPERVISOR_ID} variables say who is involved, and the instance is the reference.
   */
  public String askAbout(DelegateExecution execution, String subject, String reason) {
    return ask(subject, reason, Objects.toString(execution.getVariable(SPECIALIST_ID), null),
        Objects.toString(execution.getVariable(SUPERVISOR_ID), null), execution.getProcessInstanceId());
  }
}
