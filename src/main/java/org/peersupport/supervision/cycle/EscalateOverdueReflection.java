package org.peersupport.supervision.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.leadfollowup.ProgramLeadFollowUps;
import org.springframework.stereotype.Component;

/**
 * The reflection is still open after the grace period: program leads are asked to follow up with the
 * supervisor. They get a follow-up of their own, naming the people and dates only: no reflection
 * content, no wellness information. The reflection task stays open.
 */
@Component("escalateOverdueReflection")
class EscalateOverdueReflection implements JavaDelegate {

  private final ProgramLeadFollowUps followUps;

  EscalateOverdueReflection(ProgramLeadFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.askAbout(execution, "Pre-supervision reflection overdue",
        "The pre-supervision reflection due on " + execution.getVariable(CycleVariables.REFLECTION_DUE_DATE)
            + " is still open. Please check in with the supervisor about what support would help.");
    execution.setVariable(CycleVariables.ESCALATED, true);
  }
}
