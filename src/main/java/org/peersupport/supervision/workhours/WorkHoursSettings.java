package org.peersupport.supervision.workhours;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Supervised work hours, under {@code peer-supervision.certification.*} (where they have always been,
 * beside the initial certification they count toward): the hours an initial certification asks for and
 * within how long of its issue date, and when the supervisor is reminded and program leads are asked
 * about hours waiting for sign-off. Bound here so work hours read their own settings.
 */
@ConfigurationProperties("peer-supervision.certification")
@Validated
record WorkHoursSettings(
    @NotNull @DecimalMin("0") BigDecimal initialWorkHoursRequired,
    @NotNull Period initialWorkHoursWithin,
    @NotNull Period workHoursSignOffReminderAfter,
    @NotNull Period workHoursSignOffEscalationAfter) {}
