package org.peersupport.supervision.cycle;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** The specialist confirms the wellness support plan as agreed. */
@TaskForm("supervision-cycle-confirm-wellness-plan")
public record WellnessPlanConfirmationForm(
    @NotNull @AssertTrue(message = "must be ticked to confirm the plan") Boolean planConfirmed,
    @Size(max = 2000) String specialistComment) {}
