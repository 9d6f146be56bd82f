package org.peersupport.supervision.audit;

import jakarta.validation.Valid;
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
 * A program lead's review of an audit: any number of findings (none is a valid review), each with an
 * optional follow-up action for one supervisor, due within {@value #LATEST_DUE_IN_DAYS} days.
 */
@TaskForm("scope-audit-review-findings")
public record ReviewFindingsForm(
    @Valid @Size(max = 20) List<Finding> findings) implements CrossFieldChecked {

  static final int LATEST_DUE_IN_DAYS = 180;

  public ReviewFindingsForm {
    findings = findings == null ? List.of() : findings;
  }

  /** One finding; the follow-up fields are all given or all left empty. */
  public record Finding(
      @NotNull FindingCategory findingCategory,
      @NotBlank @Size(max = 1000) String findingSummary,
      @Size(max = 64) String followUpSupervisorId,
      @Size(max = 500) String followUpAction,
      LocalDate followUpDueDate) {

    boolean hasFollowUp() {
      return followUpSupervisorId != null || followUpAction != null || followUpDueDate != null;
    }
  }

  @Override
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = LocalDate.now();
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (!finding.hasFollowUp()) {
        continue;
      }
      String at = "findings[" + i + "].";
      if (finding.followUpSupervisorId() == null) {
        problems.add(new FieldProblem(at + "followUpSupervisorId", "choose the supervisor who follows up"));
      }
      if (finding.followUpAction() == null) {
        problems.add(new FieldProblem(at + "followUpAction", "say what the supervisor is asked to do"));
      }
      if (finding.followUpDueDate() == null) {
        problems.add(new FieldProblem(at + "followUpDueDate", "give a due date"));
      } else if (finding.followUpDueDate().isBefore(today) || finding.followUpDueDate().isAfter(today.plusDays(LATEST_DUE_IN_DAYS))) {
        problems.add(new FieldProblem(at + "followUpDueDate", "must be today or within " + LATEST_DUE_IN_DAYS + " days"));
      }
    }
    return problems;
  }
}
