package org.peersupport.supervision.referral;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The specialist re-engaged the peer after a "not yet" and agreed when to follow up again. */
@TaskForm("licensed-care-referral-re-engage")
public record ReEngagementForm(
    @NotNull ReEngagementAction reEngagementAction,
    @NotNull @Future LocalDate nextFollowUpOn,
    @Size(max = 1000) String reEngagementNote) implements CrossFieldChecked {

  static final int LONGEST_WAIT_DAYS = 90;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (nextFollowUpOn.isAfter(LocalDate.now().plusDays(LONGEST_WAIT_DAYS))) {
      return List.of(new FieldProblem("nextFollowUpOn", "must be within " + LONGEST_WAIT_DAYS + " days"));
    }
    return List.of();
  }
}
