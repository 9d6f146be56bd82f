package org.peersupport.supervision.audit;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The scope-compliance audit ({@code peer-supervision.audit.*}): when the monthly audit starts (a cron
 * expression, as Camunda's timer cycles accept), and when a specialist's scope checks signal role drift
 * (at least this many checks in the period, of which at least this share had REFER or CONSULT from the
 * scope-of-practice table).
 */
@ConfigurationProperties("peer-supervision.audit")
@Validated
record AuditSettings(
    @NotBlank String schedule,
    @Min(1) int roleDriftMinimumChecks,
    @DecimalMin("0.0") @DecimalMax("1.0") double roleDriftShare) {}
