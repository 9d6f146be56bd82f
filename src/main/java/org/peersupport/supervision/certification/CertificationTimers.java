package org.peersupport.supervision.certification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;

/**
 * Dates of certification-renewal's timers, from {@code peer-supervision.certification.*} and the
 * certification's expiry: a reminder fires at the start of the day that many days before the expiry;
 * the certification has expired at the start of the day after its expiry date. The renewal window opens
 * on the day of the earliest reminder (the largest number of days before expiry): before it, a
 * certification has no renewal task and no reminder (see {@link CertificationRenewals#start}).
 */
@Component("certificationTimers")
public class CertificationTimers {

  private final List<Integer> remindDaysBeforeExpiry;

  public CertificationTimers(CertificationSettings settings) {
    this.remindDaysBeforeExpiry = settings.remindDaysBeforeExpiry().stream()
        .distinct().sorted(Comparator.reverseOrder()).toList();
  }

  /** The first day of the renewal window: the day of the earliest reminder before the expiry. */
  public LocalDate windowOpensOn(LocalDate expiresOn) {
    return expiresOn.minusDays(remindDaysBeforeExpiry.get(0));
  }

  /** How many days before the expiry the renewal window opens. */
  public int windowDays() {
    return remindDaysBeforeExpiry.get(0);
  }

  /**
   * The next reminder (days before expiry) after the last one sent ({@code remindedDaysBefore}, null
   * for none yet), skipping reminders whose day has already passed on {@code today}.
   */
  public Optional<Integer> nextReminder(LocalDate expiresOn, Integer remindedDaysBefore, LocalDate today) {
    return remindDaysBeforeExpiry.stream()
        .filter(days -> remindedDaysBefore == null || days < remindedDaysBefore)
        .filter(days -> !expiresOn.minusDays(days).isBefore(today))
        .findFirst();
  }

  /** When the planned reminder fires. */
  public Date reminderAt(VariableScope scope) {
    int days = (Integer) scope.getVariable(RenewalVariables.NEXT_REMINDER_DAYS_BEFORE);
    return Dates.timerAt(expiresOn(scope).minusDays(days));
  }

  /** When the certification has expired: the start of the day after its expiry date. */
  public Date expiresAt(VariableScope scope) {
    return Dates.timerAt(expiresOn(scope).plusDays(1));
  }

  static LocalDate expiresOn(VariableScope scope) {
    return LocalDate.parse((String) scope.getVariable(RenewalVariables.EXPIRES_ON));
  }
}
