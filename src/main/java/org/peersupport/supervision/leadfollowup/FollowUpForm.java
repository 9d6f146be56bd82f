package org.peersupport.supervision.leadfollowup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** A program lead records how they followed up. */
@TaskForm("program-lead-follow-up")
public record FollowUpForm(
    @NotNull FollowUpOutcome followUpOutcome,
    @Size(max = 2000) String followUpNote) {}
