package org.peersupport.supervision.cycle;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.disclosure.ReflectionRequests;
import org.springframework.stereotype.Component;

/**
 * The specialist signed the session record: it becomes final and counts toward the monthly minimum.
 * Action items that ask for a disclosure and boundary reflection start one for the specialist now.
 */
@Component("finalizeSessionRecord")
class FinalizeSessionRecord implements JavaDelegate {

  /** The action items as recorded (validated when the supervisor recorded them; due dates may have passed since). */
  record RecordedActionItems(List<RecordedActionItem> actionItems) {}

  record RecordedActionItem(String what, Boolean assignsReflection) {}

  private final SupervisionSessions sessions;
  private final FormValidator forms;
  private final ReflectionRequests reflections;

  FinalizeSessionRecord(SupervisionSessions sessions, FormValidator forms, ReflectionRequests reflections) {
    this.sessions = sessions;
    this.forms = forms;
    this.reflections = reflections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionSession session = sessions.findByProcessInstanceId(execution.getProcessInstanceId())
        .orElseThrow(() -> new IllegalStateException("no session record for this cycle"));
    session.attest(Instant.now());
    sessions.save(session);
    java.util.Map<String, Object> items = new java.util.HashMap<>();
    items.put("actionItems", execution.getVariable("actionItems"));
    RecordedActionItems recorded = forms.validate("supervision-cycle-session-record", RecordedActionItems.class, items);
    for (RecordedActionItem item : recorded.actionItems() == null ? List.<RecordedActionItem>of() : recorded.actionItems()) {
      if (Boolean.TRUE.equals(item.assignsReflection())) {
        reflections.ask(session.getSpecialistId(), item.what(), execution.getProcessInstanceId());
      }
    }
  }
}
