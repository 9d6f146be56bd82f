package org.peersupport.supervision.scope;

import java.util.Date;
import org.springframework.stereotype.Component;

/** The crisis acknowledgment deadline, from {@code peer-supervision.scope.crisis-acknowledgment-within}. */
@Component("scopeTimers")
public class ScopeTimers {

  private final ScopeSettings settings;

  public ScopeTimers(ScopeSettings settings) {
    this.settings = settings;
  }

  /** The timer duration of the supervisor's acknowledgment, e.g. PT1H. */
  public String crisisAcknowledgmentWithin() {
    return settings.crisisAcknowledgmentWithin().toString();
  }

  /** The due date of the supervisor's acknowledgment task (so it shows in "Overdue" when late). */
  public Date crisisAcknowledgmentDue() {
    return new Date(System.currentTimeMillis() + settings.crisisAcknowledgmentWithin().toMillis());
  }
}
