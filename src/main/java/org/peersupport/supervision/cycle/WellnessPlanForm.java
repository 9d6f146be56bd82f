package org.peersupport.supervision.cycle;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.peersupport.supervision.validation.TaskForm;

/** A wellness support plan the supervisor and specialist agreed (non-punitive, confidential). */
@TaskForm("supervision-cycle-wellness-plan")
public record WellnessPlanForm(
    @NotBlank @Size(max = 4000) String supportPlan,
    @NotNull @FutureOrPresent LocalDate planReviewDate) {}
