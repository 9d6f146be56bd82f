package org.peersupport.supervision.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** A supervisor starts a supervision cycle for one of their supervisees. */
@TaskForm("supervision-cycle-start")
public record CycleStartForm(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be a user name (letters, digits, . _ -)")
    String specialistId) {}
