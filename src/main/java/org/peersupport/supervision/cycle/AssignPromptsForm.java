package org.peersupport.supervision.cycle;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The supervisor chooses reflection prompts from the prompt bank and a due date. */
@TaskForm("supervision-cycle-assign-prompts")
public record AssignPromptsForm(
    @NotEmpty(message = "choose at least one prompt") @Size(max = 7) List<ReflectionPrompt> reflectionPrompts,
    @Size(max = 1000) String additionalPrompt,
    @NotNull @FutureOrPresent LocalDate reflectionDueDate) implements CrossFieldChecked {

  static final int LONGEST_DUE_IN_DAYS = 90;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (reflectionDueDate.isAfter(LocalDate.now().plusDays(LONGEST_DUE_IN_DAYS))) {
      return List.of(new FieldProblem("reflectionDueDate", "must be within " + LONGEST_DUE_IN_DAYS + " days"));
    }
    if (reflectionPrompts.size() != reflectionPrompts.stream().distinct().count()) {
      return List.of(new FieldProblem("reflectionPrompts", "must not name a prompt twice"));
    }
    return List.of();
  }
}
