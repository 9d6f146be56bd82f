package org.peersupport.supervision.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** The supervisor says the audit follow-up action is done, with an optional note for the program lead. */
@TaskForm("scope-audit-follow-up-action")
public record FollowUpActionForm(
    @NotNull @AssertTrue(message = "tick when the action is done") Boolean followUpDone,
    @Size(max = 1000) String followUpNote) {}
