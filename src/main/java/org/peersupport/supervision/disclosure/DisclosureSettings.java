package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Disclosure and boundary reflections ({@code peer-supervision.reflection.*}, the key they have always
 * had): how long a supervisor has to review a MODERATE and a HIGH risk reflection (ISO-8601 durations).
 * A HIGH review not done in time is escalated to program leads.
 */
@ConfigurationProperties("peer-supervision.reflection")
@Validated
record DisclosureSettings(
    @NotNull Duration moderateReviewDueIn,
    @NotNull Duration highReviewDueIn) {}
