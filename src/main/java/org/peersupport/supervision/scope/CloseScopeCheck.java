package org.peersupport.supervision.scope;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.peersupport.supervision.referral.ReferralOutcome;
import org.springframework.stereotype.Component;

/** The scope check is complete (within scope, crisis documented, or referral closed): closed with its time. */
@Component("closeScopeCheck")
class CloseScopeCheck implements ExecutionListener {

  private final ScopeChecks checks;

  CloseScopeCheck(ScopeChecks checks) {
    this.checks = checks;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ScopeCheck check = checks.of(execution.getProcessInstanceId());
    String referral = ScopeVariables.text(execution, ScopeVariables.REFERRAL_OUTCOME);
    check.close(referral == null ? null : ReferralOutcome.valueOf(referral), Instant.now());
    checks.save(check);
  }
}
