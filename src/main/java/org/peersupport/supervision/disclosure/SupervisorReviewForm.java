package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/**
 * The supervisor's review: feedback to the specialist and an outcome; a coaching note or a corrective
 * plan with its review date when chosen; a different risk level only with a written reason.
 */
@TaskForm("disclosure-reflection-review")
public record SupervisorReviewForm(
    @NotBlank @Size(max = 4000) String feedback,
    @NotNull ReviewOutcome reviewOutcome,
    @Size(max = 4000) String coachingNote,
    @Size(max = 4000) String correctivePlan,
    LocalDate planReviewDate,
    RiskLevel riskOverride,
    @Size(max = 2000) String riskOverrideReason) implements CrossFieldChecked {

  static final int LONGEST_PLAN_IN_DAYS = 180;
  static final int SHORTEST_OVERRIDE_REASON = 10;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (reviewOutcome == ReviewOutcome.COACHING_NOTE && coachingNote == null) {
      problems.add(new FieldProblem("coachingNote", "write the coaching note"));
    }
    if (reviewOutcome == ReviewOutcome.CORRECTIVE_PLAN) {
      if (correctivePlan == null) {
        problems.add(new FieldProblem("correctivePlan", "write the corrective plan"));
      }
      problems.addAll(planReviewDateProblems(planReviewDate));
    }
    if (riskOverride != null && (riskOverrideReason == null || riskOverrideReason.length() < SHORTEST_OVERRIDE_REASON)) {
      problems.add(new FieldProblem("riskOverrideReason",
          "a changed risk level needs a written reason (at least " + SHORTEST_OVERRIDE_REASON + " characters)"));
    }
    return problems;
  }

  static List<FieldProblem> planReviewDateProblems(LocalDate planReviewDate) {
    if (planReviewDate == null) {
      return List.of(new FieldProblem("planReviewDate", "choose when the plan is reviewed"));
    }
    if (!planReviewDate.isAfter(LocalDate.now()) || planReviewDate.isAfter(LocalDate.now().plusDays(LONGEST_PLAN_IN_DAYS))) {
      return List.of(new FieldProblem("planReviewDate",
          "must be after today and within " + LONGEST_PLAN_IN_DAYS + " days"));
    }
    return List.of();
  }
}
