package org.peersupport.supervision.scope;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The specialist documents the crisis response: what was done, whether contact was confirmed, the outcome. */
@TaskForm("scope-check-crisis-response")
public record CrisisResponseForm(
    @NotEmpty(message = "choose at least one action") @Size(max = 6) List<CrisisAction> crisisActions,
    @Size(max = 200) String crisisActionOther,
    @NotNull CrisisContact crisisContact,
    @NotNull CrisisOutcome crisisOutcome,
    @Size(max = 2000) String crisisNotes) implements CrossFieldChecked {

  @Override
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (crisisActions.size() != crisisActions.stream().distinct().count()) {
      problems.add(new FieldProblem("crisisActions", "must not name an action twice"));
    }
    if (crisisActions.contains(CrisisAction.OTHER) && crisisActionOther == null) {
      problems.add(new FieldProblem("crisisActionOther", "say what else was done"));
    }
    return problems;
  }
}
