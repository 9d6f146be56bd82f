package org.peersupport.supervision.workhours;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The specialist's answer to returned work hours: the corrected entries, resubmitted, or a withdrawal. */
@TaskForm("work-hours-sign-off-correct")
public record CorrectWorkHoursForm(
    @NotNull CorrectionDecision correctionDecision,
    @Size(max = WorkHoursSubmissionForm.MAX_ENTRIES) @Valid List<WorkHoursSubmissionForm.Entry> entries)
    implements CrossFieldChecked {

  public CorrectWorkHoursForm {
    entries = entries == null ? List.of() : entries;
  }

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (correctionDecision != CorrectionDecision.RESUBMIT) {
      return List.of();
    }
    if (entries.isEmpty()) {
      return List.of(new FieldProblem("entries", "add at least one entry to resubmit"));
    }
    return WorkHoursSubmissionForm.entryProblems(entries);
  }
}
