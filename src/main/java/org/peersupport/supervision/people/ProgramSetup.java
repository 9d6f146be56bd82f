package org.peersupport.supervision.people;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At every start: groups and authorizations, the demo program (when on; otherwise the check that no demo
 * users or default passwords are there), Tasklist filters.
 */
@Component
class ProgramSetup {

  private final ProgramAuthorizations authorizations;
  private final DemoData demoData;
  private final TasklistFilters filters;
  private final ProductionGuard guard;

  ProgramSetup(ProgramAuthorizations authorizations, DemoData demoData, TasklistFilters filters,
      ProductionGuard guard) {
    this.authorizations = authorizations;
    this.demoData = demoData;
    this.filters = filters;
    this.guard = guard;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void onReady() {
    authorizations.ensure();
    if (demoData.enabled()) {
      demoData.seed();
    } else {
      guard.check();
    }
    filters.ensure();
  }
}
