package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * When the specialist completes the reflection: every assigned prompt must have an answer; the
 * competency self-assessment is kept for the specialist's development record; the wellness check-in
 * goes to the confidential wellness record.
 */
@Component("recordReflection")
class RecordReflection implements TaskListener {

  /** What the supervisor assigned (the due date may have passed by now: that is not the specialist's error). */
  record AssignedPrompts(List<ReflectionPrompt> reflectionPrompts, String additionalPrompt) {}

  private final FormValidator forms;
  private final CompetencySelfAssessments assessments;
  private final WellnessRecords wellness;

  RecordReflection(FormValidator forms, CompetencySelfAssessments assessments, WellnessRecords wellness) {
    this.forms = forms;
    this.assessments = assessments;
    this.wellness = wellness;
  }

  @Override
  public void notify(DelegateTask task) {
    ReflectionForm reflection = forms.read(ReflectionForm.class, task.getVariables());
    AssignedPrompts assigned = forms.validate("supervision-cycle-assign-prompts", AssignedPrompts.class,
        task.getVariables());
    List<FieldProblem> missing = new ArrayList<>();
    for (ReflectionPrompt prompt : assigned.reflectionPrompts()) {
      if (reflection.answerTo(prompt) == null) {
        missing.add(new FieldProblem(prompt.answerField(), "answer this prompt"));
      }
    }
    if (assigned.additionalPrompt() != null && reflection.additionalPromptAnswer() == null) {
      missing.add(new FieldProblem("additionalPromptAnswer", "answer your supervisor's additional prompt"));
    }
    if (!missing.isEmpty()) {
      throw new FormRejectedException("supervision-cycle-reflection", missing);
    }

    String instance = task.getProcessInstanceId();
    String specialist = (String) task.getVariable(CycleVariables.SPECIALIST_ID);
    assessments.deleteByProcessInstanceId(instance);
    LocalDate today = LocalDate.now();
    reflection.competencyRatings().forEach((domain, rating) ->
        assessments.save(new CompetencySelfAssessment(instance, specialist, today, domain, rating)));
    wellness.forCycle(task).checkIn(reflection.wellnessSelfRating(), reflection.wellnessNote());
  }
}
