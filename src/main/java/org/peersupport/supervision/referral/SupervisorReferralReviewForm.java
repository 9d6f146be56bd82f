package org.peersupport.supervision.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** After repeated "not yet" follow-ups the supervisor says how to go on: keep trying, or a new handoff. */
@TaskForm("licensed-care-referral-supervisor-review")
public record SupervisorReferralReviewForm(
    @NotNull SupervisorDirection supervisorDirection,
    @Size(max = 1000) String supervisorNote) {}
