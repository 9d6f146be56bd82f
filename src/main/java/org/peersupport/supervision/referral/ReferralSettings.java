package org.peersupport.supervision.referral;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Referrals to licensed care, under {@code peer-supervision.scope.*} (where they have always been, beside
 * the scope checks that start them): how long after the appointment the specialist follows up, and after
 * how many "not yet" follow-ups the supervisor is asked. Bound here so the referral does not read the
 * scope check's settings (scope uses referral, not the other way round); the audit reads it too.
 */
@ConfigurationProperties("peer-supervision.scope")
@Validated
public record ReferralSettings(
    @NotNull Period referralFollowUpAfter,
    @Min(1) int referralAttemptsBeforeSupervisor) {}
