package org.peersupport.supervision.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** A program lead asks for an audit of a period (both days included). */
@TaskForm("scope-audit-start")
public record AuditStartForm(
    @NotNull LocalDate periodFrom,
    @NotNull @PastOrPresent LocalDate periodTo) implements CrossFieldChecked {

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (periodTo.isBefore(periodFrom)) {
      return List.of(new FieldProblem("periodTo", "must be on or after the start of the period"));
    }
    if (periodFrom.plusDays(AuditPeriod.MAX_DAYS).isBefore(periodTo)) {
      return List.of(new FieldProblem("periodFrom", "must be at most " + AuditPeriod.MAX_DAYS + " days before the end"));
    }
    return List.of();
  }
}
