package org.peersupport.supervision.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The roster import ({@code peer-supervision.roster.*}): how long a new person's activation link is
 * valid, the largest file an import takes (rows below the header, and bytes), and after how long without
 * progress a running import counts as interrupted (its node stopped).
 */
@ConfigurationProperties("peer-supervision.roster")
@Validated
record RosterProperties(
    @NotNull Duration activationValidFor,
    @Min(1) @Max(50_000) int maxRows,
    @NotNull DataSize maxFileSize,
    @NotNull @DurationMin(minutes = 1) Duration stalledAfter) {}
