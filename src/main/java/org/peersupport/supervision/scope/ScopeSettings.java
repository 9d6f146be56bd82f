package org.peersupport.supervision.scope;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Scope checks ({@code peer-supervision.scope.*}): how long a supervisor has to acknowledge a crisis
 * before program leads are asked. The referral keys under the same prefix belong to
 * {@code referral.ReferralSettings}; the audit reads this one for its crisis figures.
 */
@ConfigurationProperties("peer-supervision.scope")
@Validated
public record ScopeSettings(@NotNull Duration crisisAcknowledgmentWithin) {}
