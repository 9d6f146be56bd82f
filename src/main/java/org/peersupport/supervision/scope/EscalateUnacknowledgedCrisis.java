package org.peersupport.supervision.scope;

import static org.peersupport.supervision.scope.ScopeVariables.CRISIS_ESCALATED;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.leadfollowup.ProgramLeadFollowUps;
import org.springframework.stereotype.Component;

/**
 * The supervisor has not acknowledged a crisis in time: program leads are asked to reach the
 * supervisor (or cover for them). Their follow-up is a process of its own naming the people and the
 * wait only: no peer code, no description, no crisis notes. The supervisor's task stays open.
 */
@Component("escalateUnacknowledgedCrisis")
class EscalateUnacknowledgedCrisis implements JavaDelegate {

  private final ProgramLeadFollowUps followUps;
  private final ScopeChecks checks;
  private final ScopeSettings settings;

  EscalateUnacknowledgedCrisis(ProgramLeadFollowUps followUps, ScopeChecks checks,
      ScopeSettings settings) {
    this.followUps = followUps;
    this.checks = checks;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long minutes = settings.crisisAcknowledgmentWithin().toMinutes();
    followUps.askAbout(execution, "Crisis not yet acknowledged by the supervisor",
        "A specialist escalated a crisis and their supervisor has not acknowledged it within " + minutes
            + " minutes. Please reach the supervisor, or stand in for them so the specialist is supported now.");
    ScopeCheck check = checks.of(execution.getProcessInstanceId());
    check.escalatedToProgramLeads(Instant.now());
    checks.save(check);
    execution.setVariable(CRISIS_ESCALATED, true);
  }
}
