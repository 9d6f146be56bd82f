package org.peersupport.supervision.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** After the appointment date: is the peer connected with the provider, not yet, or did they decline? */
@TaskForm("licensed-care-referral-follow-up")
public record ReferralFollowUpForm(
    @NotNull FollowUpResult followUpResult,
    @Size(max = 1000) String followUpNote) {}
