package org.peersupport.supervision.people;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** At every start: groups and authorizations, the demo program (when on), Tasklist filters. */
@Component
class ProgramSetup {

  private final ProgramAuthorizations authorizations;
  private final DemoData demoData;
  private final TasklistFilters filters;

  ProgramSetup(ProgramAuthorizations authorizations, DemoData demoData, TasklistFilters filters) {
    this.authorizations = authorizations;
    this.demoData = demoData;
    this.filters = filters;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void onReady() {
    authorizations.ensure();
    if (demoData.enabled()) {
      demoData.seed();
    }
    filters.ensure();
  }
}
