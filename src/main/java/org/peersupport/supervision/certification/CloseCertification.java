package org.peersupport.supervision.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.leadfollowup.ProgramLeadFollowUps;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The specialist will not renew this certification: it is marked NOT_RENEWED and program leads are
 * asked to follow up (the program must know every specialist is certified), with no more than the
 * credential's name and expiry.
 */
@Component("closeCertification")
class CloseCertification implements JavaDelegate {

  private final Certifications certifications;
  private final ProgramLeadFollowUps followUps;

  CloseCertification(Certifications certifications, ProgramLeadFollowUps followUps) {
    this.certifications = certifications;
    this.followUps = followUps;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    certifications.findById(((Number) execution.getVariable(RenewalVariables.CERTIFICATION_ID)).longValue())
        .orElseThrow().markNotRenewed();
    followUps.askAbout(execution, "Certification will not be renewed",
        "The specialist will not renew the certification '" + execution.getVariable(RenewalVariables.CREDENTIAL_NAME)
            + "' (it expires on " + Dates.shown(Dates.dayOf(execution.getVariable(RenewalVariables.EXPIRES_ON)))
            + "). Please talk with them and their supervisor about what comes next.");
  }
}
