package org.peersupport.supervision.referral;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The warm handoff: to which kind of provider, how (with the peer present), and the appointment date. */
@TaskForm("licensed-care-referral-handoff")
public record WarmHandoffForm(
    @NotNull ProviderType providerType,
    @Size(max = 200) String providerTypeOther,
    @NotNull HandoffMethod handoffMethod,
    @NotNull @FutureOrPresent LocalDate appointmentDate,
    @Size(max = 1000) String handoffNote) implements CrossFieldChecked {

  static final int LONGEST_WAIT_DAYS = 180;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (providerType == ProviderType.OTHER && providerTypeOther == null) {
      problems.add(new FieldProblem("providerTypeOther", "say what kind of provider"));
    }
    if (appointmentDate.isAfter(LocalDate.now().plusDays(LONGEST_WAIT_DAYS))) {
      problems.add(new FieldProblem("appointmentDate", "must be within " + LONGEST_WAIT_DAYS + " days"));
    }
    return problems;
  }
}
