package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.leadfollowup.ProgramLeadFollowUps;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;

/**
 * A HIGH risk reflection was not reviewed in time: program leads are asked to follow up with the
 * supervisor. They learn the type, date and risk, never the reflection's text. The review stays open.
 */
@Component("escalateOverdueReview")
class EscalateOverdueReview implements JavaDelegate {

  private final ProgramLeadFollowUps followUps;
  private final Reflections reflections;

  EscalateOverdueReview(ProgramLeadFollowUps followUps, Reflections reflections) {
    this.followUps = followUps;
    this.reflections = reflections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DisclosureReflection reflection = reflections.of(execution.getProcessInstanceId());
    followUps.ask("High-risk reflection not reviewed in time",
        "A reflection assessed as " + reflection.getRiskLevel().label() + " risk (" + reflection.getSituationType().label()
            + ", " + Dates.shown(reflection.getSituationDate()) + ") was due for the supervisor's review by "
            + Dates.shownAt(reflection.getReviewDueAt()) + " and is still open. Please check in with the supervisor today. "
            + "The reflection itself stays between the specialist and their supervisor.",
        reflection.getSpecialistId(), reflection.getSupervisorId(), execution.getProcessInstanceId());
    reflection.reviewEscalated(Reflections.now());
  }
}
