package org.peersupport.supervision.leadfollowup;

import java.util.HashMap;
import java.util.Map;
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
    variables.put("specialistId", specialistId);
    variables.put("specialistName", relationships.displayName(specialistId));
    variables.put("supervisorId", supervisorId);
    variables.put("supervisorName", relationships.displayName(supervisorId));
    variables.put("sourceReference", sourceReference);
    return runtimeService.startProcessInstanceByKey("program-lead-follow-up", sourceReference, variables).getId();
  }
}
