package org.peersupport.supervision.cycle;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The supervision cycle ({@code peer-supervision.cycle.*}): the program-wide cadence (for specialists
 * without a certification; a certification's stage sets its own), how long a specialist has for the
 * reflection, the grace period before program leads are asked to follow up, the program's monthly
 * minimum, and how often the schedule looks for relationships whose next cycle is due
 * ({@code scheduleCheckEvery}). The cycle owns them; certification's requirements and the audit read the
 * program-wide cadence and minimum from here.
 */
@ConfigurationProperties("peer-supervision.cycle")
@Validated
public record CycleSettings(
    @NotNull Period cadence,
    @NotNull Period reflectionDueIn,
    @NotNull Period escalationGrace,
    @Min(0) int minimumSessionsPerMonth,
    @Min(0) int minimumMinutesPerMonth,
    @NotNull Period scheduleCheckEvery) {}
