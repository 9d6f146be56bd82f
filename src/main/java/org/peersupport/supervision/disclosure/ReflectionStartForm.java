package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/**
 * Starts a reflection. A specialist leaves both fields empty (the reflection is theirs); a supervisor
 * names one of their supervisees and what to reflect on.
 */
@TaskForm("disclosure-reflection-start")
public record ReflectionStartForm(
    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "must be a user name (letters, digits, . _ -)")
    String specialistId,
    @Size(max = 1000) String reflectionRequest) {}
