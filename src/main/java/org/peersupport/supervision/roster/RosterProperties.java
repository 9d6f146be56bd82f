package org.peersupport.supervision.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The roster import ({@code peer-supervision.roster.*}): how long a new person's activation link is
 * valid, and the largest file an import takes (rows below the header, and bytes).
 */
@ConfigurationProperties("peer-supervision.roster")
@Validated
record RosterProperties(
    @NotNull Duration activationValidFor,
    @Min(1) @Max(50_000) int maxRows,
    @NotNull DataSize maxFileSize) {}
