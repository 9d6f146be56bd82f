package org.peersupport.supervision.certification;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Chooses the next reminder before the expiry (days before it), or none when no reminder is ahead. */
@Component("planNextReminder")
class PlanNextReminder implements JavaDelegate {

  private final CertificationTimers timers;

  PlanNextReminder(CertificationTimers timers) {
    this.timers = timers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer next = timers.nextReminder(CertificationTimers.expiresOn(execution),
        (Integer) execution.getVariable(RenewalVariables.REMINDED_DAYS_BEFORE), LocalDate.now()).orElse(null);
    execution.setVariable(RenewalVariables.NEXT_REMINDER_DAYS_BEFORE, next);
  }
}
