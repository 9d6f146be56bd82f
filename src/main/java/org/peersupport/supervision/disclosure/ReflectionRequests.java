package org.peersupport.supervision.disclosure;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.peersupport.supervision.security.Privileged;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Asks a specialist for a reflection from another part of the product (for example an action item of
 * a supervision session): starts {@code disclosure-reflection} for them, validated like the start
 * form; their supervisor comes from the supervision relationships as always.
 */
@Service
public class ReflectionRequests {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public ReflectionRequests(@Lazy RuntimeService runtimeService, @Lazy IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Starts the reflection; answers its process instance id. {@code request} may be null. */
  public String ask(String specialistId, String request, String sourceReference) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ReflectionVariables.SPECIALIST_ID, specialistId);
    variables.put("reflectionRequest", request);
    return Privileged.call(identityService, () -> runtimeService
        .startProcessInstanceByKey("disclosure-reflection", sourceReference, variables).getId());
  }
}
