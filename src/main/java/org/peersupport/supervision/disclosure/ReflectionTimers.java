package org.peersupport.supervision.disclosure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The date of the corrective plan's follow-up review: the start of its review date. */
@Component("reflectionTimers")
public class ReflectionTimers {

  public Date planReviewAt(VariableScope scope) {
    Object date = scope.getVariable("planReviewDate");
    LocalDate day = date instanceof Date d
        ? d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
        : LocalDate.parse(date.toString().substring(0, 10));
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
