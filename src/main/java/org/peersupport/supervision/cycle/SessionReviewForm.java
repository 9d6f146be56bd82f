package org.peersupport.supervision.cycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The specialist signs the session record (attestation) or sends it back with a correction. */
@TaskForm("supervision-cycle-review-record")
public record SessionReviewForm(
    @NotNull RecordDecision recordDecision,
    @Size(max = 2000) String correctionRequest,
    Boolean attestation) implements CrossFieldChecked {

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (recordDecision == RecordDecision.REQUEST_CORRECTION && correctionRequest == null) {
      return List.of(new FieldProblem("correctionRequest", "say what should be corrected"));
    }
    if (recordDecision == RecordDecision.ACKNOWLEDGE && !Boolean.TRUE.equals(attestation)) {
      return List.of(new FieldProblem("attestation", "must be ticked to sign the record"));
    }
    return List.of();
  }
}
