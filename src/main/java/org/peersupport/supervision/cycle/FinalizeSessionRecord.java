package org.peersupport.supervision.cycle;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The specialist signed the session record: it becomes final and counts toward the monthly minimum. */
@Component("finalizeSessionRecord")
class FinalizeSessionRecord implements JavaDelegate {

  private final SupervisionSessionRepository sessions;

  FinalizeSessionRecord(SupervisionSessionRepository sessions) {
    this.sessions = sessions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionSession session = sessions.findByProcessInstanceId(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("no session record for this cycle"));
    session.attest(Instant.now());
    sessions.save(session);
  }
}
