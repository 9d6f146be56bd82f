package org.peersupport.supervision.certification;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The specialist's renewal: the new expiry and what shows it (e.g. the board's letter and reference). */
@TaskForm("certification-renewal-renewal")
public record RenewalForm(
    @NotNull RenewalDecision renewalDecision,
    @Future LocalDate newExpiresOn,
    @Size(max = 1000) String renewalEvidence) implements CrossFieldChecked {

  static final int LONGEST_RENEWAL_IN_YEARS = 10;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (renewalDecision == RenewalDecision.RENEWED) {
      if (newExpiresOn == null) {
        problems.add(new FieldProblem("newExpiresOn", "enter the new expiry date"));
      } else if (newExpiresOn.isAfter(LocalDate.now().plusYears(LONGEST_RENEWAL_IN_YEARS))) {
        problems.add(new FieldProblem("newExpiresOn", "must be within " + LONGEST_RENEWAL_IN_YEARS + " years"));
      }
      if (renewalEvidence == null || renewalEvidence.isBlank()) {
        problems.add(new FieldProblem("renewalEvidence", "say what shows the renewal"));
      }
    }
    return problems;
  }
}
