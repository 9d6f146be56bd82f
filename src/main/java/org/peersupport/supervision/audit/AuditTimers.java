package org.peersupport.supervision.audit;

import org.springframework.stereotype.Component;

/** The monthly audit's timer, from {@code peer-supervision.audit.schedule}. */
@Component("auditTimers")
public class AuditTimers {

  private final AuditSettings settings;

  public AuditTimers(AuditSettings settings) {
    this.settings = settings;
  }

  /** The timer cycle of the monthly start: a cron expression, e.g. {@code 0 0 6 1 * ?}. */
  public String monthlySchedule() {
    return settings.schedule();
  }
}
