package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** At the plan's review date, the supervisor reviews it: completed, or extended to a new date. */
@TaskForm("disclosure-reflection-follow-up-review")
public record PlanFollowUpForm(
    @NotNull PlanFollowUpOutcome planFollowUpOutcome,
    @NotBlank @Size(max = 4000) String planFollowUpNote,
    LocalDate planReviewDate) implements CrossFieldChecked {

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (planFollowUpOutcome == PlanFollowUpOutcome.PLAN_EXTENDED) {
      return SupervisorReviewForm.planReviewDateProblems(planReviewDate);
    }
    return List.of();
  }
}
