package org.peersupport.supervision.cycle;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.stereotype.Component;

/**
 * When the supervisor records (or corrects) the session: the session record is written as a draft for
 * the specialist to sign; the wellness concern goes to the confidential wellness record only.
 */
@Component("recordSupervisionSession")
class RecordSupervisionSession implements TaskListener {

  private final FormValidator forms;
  private final SupervisionSessions sessions;
  private final SessionRecordMapper mapper;
  private final WellnessRecords wellness;

  RecordSupervisionSession(FormValidator forms, SupervisionSessions sessions, SessionRecordMapper mapper,
      WellnessRecords wellness) {
    this.forms = forms;
    this.sessions = sessions;
    this.mapper = mapper;
    this.wellness = wellness;
  }

  @Override
  public void notify(DelegateTask task) {
    SessionRecordForm form = forms.read(SessionRecordForm.class, task.getVariables());
    String instance = task.getProcessInstanceId();
    SupervisionSession session = sessions.findByProcessInstanceId(instance).orElseGet(() -> new SupervisionSession(
        instance, (String) task.getVariable(CycleVariables.SPECIALIST_ID),
        (String) task.getVariable(CycleVariables.SUPERVISOR_ID)));
    session.requireDraft();
    mapper.update(session, form);
    session.setRecordedAt(Instant.now());
    sessions.save(session);
    wellness.forCycle(task).concern(form.wellnessConcern());
  }
}
