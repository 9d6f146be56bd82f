package org.peersupport.supervision.certification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Certification and continuing education ({@code peer-supervision.certification.*}): when the specialist
 * and their supervisor are reminded before a certification expires (days before expiry), the renewal
 * period and the continuing-education hours a renewal asks for (of which ethics), and the supervision
 * each certification stage requires (keys are the stage names, e.g. INITIAL and CERTIFIED); and
 * supervisors' own record: how often a peer-supervisor refresher is due and how many supervisees one
 * supervisor may have. The supervised work-hours keys under the same prefix belong to
 * {@code workhours.WorkHoursSettings}.
 */
@ConfigurationProperties("peer-supervision.certification")
@Validated
record CertificationSettings(
    @NotEmpty List<@NotNull @Min(1) Integer> remindDaysBeforeExpiry,
    @NotNull Period renewalPeriod,
    @NotNull @DecimalMin("0") BigDecimal continuingEducationHoursPerRenewal,
    @NotNull @DecimalMin("0") BigDecimal ethicsHoursPerRenewal,
    @NotEmpty Map<String, @Valid @NotNull StageRule> stages,
    @NotNull Period supervisorRefresherEvery,
    @Min(1) int maximumSuperviseesPerSupervisor) {

  /** The supervision a certification stage requires: cycle cadence and the monthly minimum the audit checks. */
  record StageRule(
      @NotNull Period cadence,
      @Min(0) int minimumSessionsPerMonth,
      @Min(0) int minimumMinutesPerMonth) {}
}
