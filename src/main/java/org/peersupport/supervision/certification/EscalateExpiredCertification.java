package org.peersupport.supervision.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.leadfollowup.ProgramLeadFollowUps;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;

/**
 * The certification has expired: program leads are asked to follow up, naming the people, the credential
 * and the date only. The renewal task stays open for the specialist.
 */
@Component("escalateExpiredCertification")
class EscalateExpiredCertification implements JavaDelegate {

  private final ProgramLeadFollowUps followUps;

  EscalateExpiredCertification(ProgramLeadFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.askAbout(execution, "Certification expired",
        "The certification '" + execution.getVariable(RenewalVariables.CREDENTIAL_NAME) + "' expired on "
            + Dates.shown(Dates.dayOf(execution.getVariable(RenewalVariables.EXPIRES_ON)))
            + " and no renewal is recorded yet. Please check in with the specialist and their supervisor about"
            + " what would help with the renewal.");
  }
}
