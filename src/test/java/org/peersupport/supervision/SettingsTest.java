package org.peersupport.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peersupport.supervision.cycle.CycleSettings;
import org.peersupport.supervision.referral.ReferralSettings;
import org.peersupport.supervision.scope.ScopeSettings;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code peer-supervision.*} settings, one record per capability, bound from application.yaml as
 * the application binds them (only the settings, not the application): the shipped file binds, the
 * groups that two capabilities share a prefix of reach both, and an invalid value stops start-up with a
 * message that names the key.
 */
class SettingsTest {

  /** Registers every settings record of the application, as the application's scan does. */
  @Configuration(proxyBeanMethods = false)
  @ConfigurationPropertiesScan("org.peersupport.supervision")
  static class Settings {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      // the shipped application.yaml alone: the PostgreSQL suite includes its test profile by a system
      // property, which would turn the demo program off
      .withSystemProperties("spring.profiles.include=")
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withUserConfiguration(Settings.class);

  @Test
  void theShippedSettingsBindToEachCapability() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CycleSettings.class).cadence()).isEqualTo(Period.ofDays(14));
      assertThat(context.getBean(CycleSettings.class).minimumMinutesPerMonth()).isEqualTo(120);
      assertThat(context.getBean(ScopeSettings.class).crisisAcknowledgmentWithin()).isEqualTo(Duration.ofMinutes(60));
      // the referral keys live under peer-supervision.scope, the work-hours keys under .certification
      assertThat(context.getBean(ReferralSettings.class).referralFollowUpAfter()).isEqualTo(Period.ofDays(1));
      assertThat(context.getBean(ReferralSettings.class).referralAttemptsBeforeSupervisor()).isEqualTo(3);
      assertThat(settings(context, "workhours.WorkHoursSettings"))
          .contains("initialWorkHoursRequired=500", "workHoursSignOffEscalationAfter=P7D");
      assertThat(settings(context, "certification.CertificationSettings"))
          .contains("remindDaysBeforeExpiry=[90, 30, 7]", "maximumSuperviseesPerSupervisor=8", "INITIAL=StageRule[");
      assertThat(settings(context, "disclosure.DisclosureSettings")).contains("highReviewDueIn=PT24H");
      assertThat(settings(context, "privacy.RetentionSettings")).contains("period=P6Y", "processPeriods={}");
      assertThat(settings(context, "audit.AuditSettings")).contains("roleDriftShare=0.5");
      assertThat(settings(context, "people.DemoSettings")).contains("enabled=true");
    });
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "peer-supervision.demo.enabled|''|enabled",
      "peer-supervision.cycle.minimum-sessions-per-month|-1|minimumSessionsPerMonth",
      "peer-supervision.cycle.cadence|''|cadence",
      "peer-supervision.scope.crisis-acknowledgment-within|''|crisisAcknowledgmentWithin",
      "peer-supervision.scope.referral-attempts-before-supervisor|0|referralAttemptsBeforeSupervisor",
      "peer-supervision.reflection.high-review-due-in|''|highReviewDueIn",
      "peer-supervision.retention.period|''|period",
      "peer-supervision.certification.maximum-supervisees-per-supervisor|0|maximumSuperviseesPerSupervisor",
      "peer-supervision.certification.stages.INITIAL.minimum-minutes-per-month|-5|minimumMinutesPerMonth",
      "peer-supervision.certification.initial-work-hours-required|-1|initialWorkHoursRequired",
      "peer-supervision.audit.role-drift-share|1.5|roleDriftShare",
  })
  void anInvalidSettingStopsStartUpNamingIt(String key, String value, String field) {
    runner.withPropertyValues(key + "=" + value).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(BindValidationException.class);
      String prefix = key.substring(0, key.indexOf('.', "peer-supervision.".length()));
      assertThat(rootCause(context.getStartupFailure()).getMessage()).contains(prefix).contains(field);
    });
  }

  private static String settings(org.springframework.context.ApplicationContext context, String type)
      throws ClassNotFoundException {
    return context.getBean(Class.forName("org.peersupport.supervision." + type)).toString();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
