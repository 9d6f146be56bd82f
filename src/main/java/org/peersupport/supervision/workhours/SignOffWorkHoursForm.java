package org.peersupport.supervision.workhours;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The supervisor's sign-off of submitted work hours, or their return with what to correct. */
@TaskForm("work-hours-sign-off-review")
public record SignOffWorkHoursForm(
    @NotNull SignOffDecision signOffDecision,
    @Size(max = 500) String returnReason) implements CrossFieldChecked {

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (signOffDecision == SignOffDecision.RETURN && returnReason == null) {
      return List.of(new FieldProblem("returnReason", "say what to correct"));
    }
    return List.of();
  }
}
