package org.peersupport.supervision.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A renewal period starts: the answers of the last renewal are cleared, so the next renewal form opens
 * empty instead of showing the previous expiry and evidence.
 */
@Component("startRenewalPeriod")
class StartRenewalPeriod implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.removeVariable("renewalDecision");
    execution.removeVariable("newExpiresOn");
    execution.removeVariable("renewalEvidence");
  }
}
