package org.peersupport.supervision.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The supervisor's record of a supervision session. */
@TaskForm("supervision-cycle-session-record")
public record SessionRecordForm(
    @NotNull @PastOrPresent LocalDate sessionDate,
    @NotNull @Min(10) @Max(480) Integer durationMinutes,
    @NotNull SessionFormat sessionFormat,
    @NotEmpty(message = "choose at least one topic") @Size(max = 13) List<SupervisionTopic> topics,
    @Size(max = 12) List<CompetencyDomain> competenciesDiscussed,
    @Valid @Size(max = 20) List<ActionItem> actionItems,
    @Size(max = 4000) String sessionNotes,
    @NotNull Boolean wellnessConcern) implements CrossFieldChecked {

  static final int OLDEST_SESSION_IN_DAYS = 92;

  /**
   * Something agreed in the session: what, who does it, by when; and whether it asks the specialist for
   * a disclosure and boundary reflection (started when the specialist signs the record).
   */
  public record ActionItem(
      @NotBlank @Size(max = 500) String what,
      @NotNull ActionItemOwner owner,
      @NotNull @FutureOrPresent LocalDate dueDate,
      Boolean assignsReflection) {

    public boolean asksForReflection() {
      return Boolean.TRUE.equals(assignsReflection);
    }
  }

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (sessionDate.isBefore(LocalDate.now().minusDays(OLDEST_SESSION_IN_DAYS))) {
      return List.of(new FieldProblem("sessionDate", "must be within the last " + OLDEST_SESSION_IN_DAYS + " days"));
    }
    return List.of();
  }

  public SessionRecordForm {
    competenciesDiscussed = competenciesDiscussed == null ? List.of() : competenciesDiscussed;
    actionItems = actionItems == null ? List.of() : actionItems;
  }
}
