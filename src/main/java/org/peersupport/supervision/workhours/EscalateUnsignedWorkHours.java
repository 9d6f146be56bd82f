package org.peersupport.supervision.workhours;

import org.peersupport.supervision.system.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.leadfollowup.ProgramLeadFollowUps;
import org.springframework.stereotype.Component;

/**
 * Submitted work hours are still waiting for the supervisor's sign-off: program leads are asked to follow
 * up with the supervisor. Their follow-up names the people and the date only, never the entries or notes.
 * The sign-off stays open.
 */
@Component("escalateUnsignedWorkHours")
class EscalateUnsignedWorkHours implements JavaDelegate {

  private final ProgramLeadFollowUps followUps;

  EscalateUnsignedWorkHours(ProgramLeadFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.askAbout(execution, "Supervised work hours waiting for sign-off",
        "Supervised work hours submitted on " + Dates.shown(Dates.dayOf(execution.getVariable(WorkHoursVariables.SUBMITTED_ON)))
            + " are still waiting for the supervisor's sign-off. Please check in with the supervisor.");
    execution.setVariable(WorkHoursVariables.ESCALATED, true);
  }
}
