package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** The specialist agrees the corrective plan (after talking it through with their supervisor). */
@TaskForm("disclosure-reflection-plan-agreement")
public record PlanAgreementForm(
    @NotNull @AssertTrue(message = "confirm that you agree the plan; if you do not, talk it through with your supervisor first")
    Boolean planAgreed,
    @Size(max = 2000) String specialistComment) {}
