package org.peersupport.supervision.scope;

import static org.peersupport.supervision.scope.ScopeVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * When a specialist raises a scope check: the specialist is whoever is signed in (never a submitted
 * value, which is overwritten), the supervisor comes from the supervision relationships, so the
 * supervisor can see the specialist's tasks; the table's inputs are derived from the form.
 */
@Component("prepareScopeCheck")
class PrepareScopeCheck implements ExecutionListener {

  static final String FORM = "scope-check-start";

  private final FormValidator forms;
  private final Relationships relationships;

  PrepareScopeCheck(FormValidator forms, Relationships relationships) {
    this.forms = forms;
    this.relationships = relationships;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (starter == null || starter.getUserId() == null || starter.getGroupIds() == null
        || !starter.getGroupIds().contains(ProgramRoles.SPECIALISTS)) {
      throw FormRejectedException.of(FORM, "specialist", "a scope check is raised by a signed-in peer specialist");
    }
    String specialistId = starter.getUserId();
    String supervisorId = relationships.supervisorOf(specialistId).orElseThrow(() ->
        FormRejectedException.of(FORM, "supervisor", "you have no active supervisor yet: ask your program lead"));
    ScopeCheckStartForm form = forms.read(ScopeCheckStartForm.class, execution.getVariables());

    execution.setVariable(SPECIALIST_ID, specialistId);
    execution.setVariable(SUPERVISOR_ID, supervisorId);
    execution.setVariable(SPECIALIST_NAME, relationships.displayName(specialistId));
    execution.setVariable(SUPERVISOR_NAME, relationships.displayName(supervisorId));
    execution.setVariable(RAISED_AT, new Date());
    execution.setVariable(ACUTE_RISK, form.acuteRisk());
    execution.setVariable(NEED_UNCLEAR, form.isNeedUnclear());
    execution.setVariable(ABUSE_OR_NEGLECT_DISCLOSED, form.abuseOrNeglectDisclosed());
  }
}
