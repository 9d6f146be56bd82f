package org.peersupport.supervision.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps renewal tasks inside their window (see {@link CertificationTimers#windowOpensOn}): a
 * certification recorded before its window has no renewal process yet, and starts it, with its renewal
 * task and reminders, on the day the window opens; a renewal period that started before its window (the
 * next one, after a renewal) has its renewal task held back until then. Checked at start and every hour;
 * each certification or process in a transaction of its own (one that fails is tried again at the next
 * check), each change at most once.
 */
@Component
class RenewalWindows {

  private static final Logger LOG = LoggerFactory.getLogger(RenewalWindows.class);

  private final CertificationRenewals renewals;
  private final Certifications certifications;
  private final CertificationTimers timers;

  RenewalWindows(CertificationRenewals renewals, Certifications certifications, CertificationTimers timers) {
    this.renewals = renewals;
    this.certifications = certifications;
    this.timers = timers;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
  public void check() {
    LocalDate today = LocalDate.now();
    holdEarlyRenewalTasks(today);
    startDueRenewals(today);
    openHeldRenewalTasks(today);
  }

  /** Starts the renewals whose window has opened by {@code today}; answers their certifications' ids. */
  public List<Long> startDueRenewals(LocalDate today) {
    return each(certifications.waitingForRenewalWindow(today.plusDays(timers.windowDays())),
        id -> renewals.startIfWindowOpened(id, today), "certification");
  }

  /** Holds back the renewal tasks of periods whose window has not opened by {@code today}; answers their processes. */
  public List<String> holdEarlyRenewalTasks(LocalDate today) {
    return each(renewals.withRenewalTask(), id -> renewals.holdEarlyRenewalTask(id, today), "renewal process");
  }

  /** Opens the held-back renewal tasks whose window has opened by {@code today}; answers their processes. */
  public List<String> openHeldRenewalTasks(LocalDate today) {
    return each(renewals.withoutRenewalTask(), id -> renewals.openRenewalTaskIfWindowOpened(id, today),
        "renewal process");
  }

  private <T> List<T> each(List<T> ids, Predicate<T> change, String what) {
    List<T> changed = new ArrayList<>();
    for (T id : ids) {
      try {
        if (change.test(id)) {
          changed.add(id);
        }
      } catch (RuntimeException e) {
        LOG.warn("{} {}: its renewal window could not be applied yet ({}); tried again in an hour", what, id,
            e.getClass().getName());
      }
    }
    return changed;
  }
}
