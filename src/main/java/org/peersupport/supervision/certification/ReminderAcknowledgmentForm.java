package org.peersupport.supervision.certification;

import org.peersupport.supervision.validation.TaskForm;

/**
 * A reminder that a certification expires soon, for the specialist or their supervisor: read and
 * acknowledged; it has no fields.
 */
@TaskForm("certification-renewal-reminder")
public record ReminderAcknowledgmentForm() {}
