package org.peersupport.supervision.disclosure;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * The supervisor reviewed the reflection: feedback and outcome go to the record; a changed risk level
 * is kept beside the decision's level, with who changed it, when, and the written reason.
 */
@Component("recordSupervisorReview")
class RecordSupervisorReview implements TaskListener {

  private final FormValidator forms;
  private final Reflections reflections;

  RecordSupervisorReview(FormValidator forms, Reflections reflections) {
    this.forms = forms;
    this.reflections = reflections;
  }

  @Override
  public void notify(DelegateTask task) {
    SupervisorReviewForm review = forms.read(SupervisorReviewForm.class, task.getVariables());
    DisclosureReflection reflection = reflections.of(task.getProcessInstanceId());
    Instant now = Reflections.now();
    if (review.riskOverride() != null) {
      if (review.riskOverride() == reflection.getRiskLevel()) {
        throw FormRejectedException.of("disclosure-reflection-review", "riskOverride",
            "is the assessed level already; leave it empty to keep it");
      }
      reflection.overrideRisk(review.riskOverride(), review.riskOverrideReason(), task.getAssignee(), now);
      task.setVariable(ReflectionVariables.RISK_LEVEL, review.riskOverride().name());
      task.setVariable(ReflectionVariables.RISK_LEVEL_LABEL, review.riskOverride().label());
    }
    if (review.planReviewDate() != null) {
      task.setVariable("planReviewDateShown", Dates.shown(review.planReviewDate()));
    }
    reflection.reviewed(review, now);
  }
}
