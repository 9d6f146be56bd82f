package org.peersupport.supervision.disclosure;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;

/** The date of the corrective plan's follow-up review: the start of its review date. */
@Component("reflectionTimers")
public class ReflectionTimers {

  public Date planReviewAt(VariableScope scope) {
    return Dates.timerAt(Dates.dayOf(scope.getVariable("planReviewDate")));
  }
}
