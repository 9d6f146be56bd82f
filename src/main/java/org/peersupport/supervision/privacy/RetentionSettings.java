package org.peersupport.supervision.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long records are kept ({@code peer-supervision.retention.*}): the program's period (default six
 * years) and, per process or decision key, a longer one where state law asks for it; when the nightly
 * removal of expired records runs.
 */
@ConfigurationProperties("peer-supervision.retention")
@Validated
record RetentionSettings(
    @NotNull Period period,
    Map<String, Period> processPeriods,
    @NotNull String cron) {

  RetentionSettings {
    processPeriods = processPeriods == null ? Map.of() : Map.copyOf(processPeriods);
  }
}
