package org.peersupport.supervision.scope;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** The supervisor acknowledges a crisis: they know, and are reachable for the specialist. */
@TaskForm("scope-check-crisis-acknowledgment")
public record CrisisAcknowledgmentForm(
    @NotNull @AssertTrue(message = "must be ticked to acknowledge the crisis") Boolean crisisAcknowledged,
    @Size(max = 1000) String supervisorNote) {}
