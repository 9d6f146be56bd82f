package org.peersupport.supervision.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the renewal windows that have come: a certification recorded before its window (see
 * {@link CertificationTimers#windowOpensOn}) has no renewal process yet; it starts, with its renewal task
 * and reminders, on the day the window opens. Checked at start and every hour; each certification in a
 * transaction of its own (one that fails is tried again at the next check), and at most once.
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
  public void openDueWindows() {
    openDueWindows(LocalDate.now());
  }

  /** Starts the renewals whose window has opened by {@code today}; answers their certifications' ids. */
  public List<Long> openDueWindows(LocalDate today) {
    List<Long> started = new ArrayList<>();
    for (Long id : certifications.waitingForRenewalWindow(today.plusDays(timers.windowDays()))) {
      try {
        if (renewals.startIfWindowOpened(id, today)) {
          started.add(id);
        }
      } catch (RuntimeException e) {
        LOG.warn("certification {}: its renewal could not start yet ({}); tried again in an hour", id,
            e.getClass().getName());
      }
    }
    return started;
  }
}
