package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.validation.FormWords;
import org.peersupport.supervision.validation.ShownText;
import org.springframework.stereotype.Component;

/**
 * When the supervisor is about to record the session: the record form shows, read-only, what the
 * specialist wrote in their reflection ({@code reflectionShown}: each prompt in words with its answer, the
 * disclosures, the confidential wellness check-in, which stays between the two of them, the questions they
 * bring and their competency self-ratings) and the action items of their last signed session
 * ({@code previousActionItemsShown}). Task-local display values, for the task's life.
 */
@Component("showSessionContext")
class ShowSessionContext implements TaskListener {

  static final String REFLECTION = "reflectionShown";
  static final String PREVIOUS_ACTION_ITEMS = "previousActionItemsShown";

  private static final String REFLECTION_FORM = "supervision-cycle-reflection";
  private static final String PROMPTS_FORM = "supervision-cycle-assign-prompts";

  private final FormValidator forms;
  private final SupervisionSessions sessions;

  ShowSessionContext(FormValidator forms, SupervisionSessions sessions) {
    this.forms = forms;
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(REFLECTION, reflection(task));
    task.setVariableLocal(PREVIOUS_ACTION_ITEMS, previousActionItems(
        (String) task.getVariable(CycleVariables.SPECIALIST_ID), task.getProcessInstanceId()));
  }

  private String reflection(DelegateTask task) {
    ReflectionForm reflection = forms.read(ReflectionForm.class, task.getVariables());
    RecordReflection.AssignedPrompts assigned = forms.validate(PROMPTS_FORM, RecordReflection.AssignedPrompts.class,
        task.getVariables());
    ShownText shown = new ShownText();
    for (ReflectionPrompt prompt : assigned.reflectionPrompts() == null ? List.<ReflectionPrompt>of()
        : assigned.reflectionPrompts()) {
      shown.line(FormWords.choice(PROMPTS_FORM, CycleVariables.REFLECTION_PROMPTS, prompt.name()),
          reflection.answerTo(prompt));
    }
    if (assigned.additionalPrompt() != null) {
      shown.line("Your additional prompt: " + assigned.additionalPrompt(), reflection.additionalPromptAnswer());
    }
    shown.line(FormWords.label(REFLECTION_FORM, "disclosureSummary"), reflection.disclosureSummary());
    shown.line(FormWords.label(REFLECTION_FORM, "questionsForSupervision"), reflection.questionsForSupervision());
    shown.heading("Wellness check-in (confidential: only the two of you see it)");
    shown.line(FormWords.label(REFLECTION_FORM, "wellnessSelfRating"),
        FormWords.choice(REFLECTION_FORM, "wellnessSelfRating", reflection.wellnessSelfRating()));
    shown.line(FormWords.label(REFLECTION_FORM, "wellnessNote"), reflection.wellnessNote());
    shown.heading("Self-assessment (1 just starting, 5 confident)");
    reflection.competencyRatings().forEach((domain, rating) -> shown.bullet(domain.label() + ": " + rating));
    return shown.toString();
  }

  private String previousActionItems(String specialistId, String thisCycle) {
    LocalDate today = LocalDate.now();
    List<SupervisionSession> earlier = sessions.findBySpecialistIdAndSessionDateBetweenOrderBySessionDateDesc(
        specialistId, today.minusYears(2), today).stream()
        .filter(session -> session.isAttested() && !thisCycle.equals(session.getProcessInstanceId()))
        .toList();
    if (earlier.isEmpty()) {
      return "No earlier signed session record.";
    }
    SupervisionSession last = earlier.get(0);
    ShownText shown = new ShownText().paragraph("From the session on " + Dates.shown(last.getSessionDate()) + ":");
    if (last.getActionItems().isEmpty()) {
      shown.paragraph("No action items were agreed.");
    }
    for (SessionActionItem item : last.getActionItems()) {
      shown.bullet(ShowSessionRecord.describe(item.getWhat(), item.getOwner(), item.getDueDate(), false));
    }
    return shown.toString();
  }
}
