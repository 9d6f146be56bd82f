package org.peersupport.supervision.audit;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * Records the program lead's findings and their follow-up actions. A follow-up can go only to a
 * supervisor (refused, naming the field, and nothing is written otherwise).
 */
@Component("recordAuditFindings")
class RecordAuditFindings implements TaskListener {

  private final FormValidator forms;
  private final AuditReviews reviews;
  private final AuditFindingRepository findings;
  private final FollowUpActions actions;
  private final IdentityService identityService;
  private final Relationships relationships;

  RecordAuditFindings(FormValidator forms, AuditReviews reviews, AuditFindingRepository findings,
      FollowUpActions actions, IdentityService identityService, Relationships relationships) {
    this.relationships = relationships;
    this.forms = forms;
    this.reviews = reviews;
    this.findings = findings;
    this.actions = actions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewFindingsForm form = forms.read(ReviewFindingsForm.class, task.getVariables());
    for (int i = 0; i < form.findings().size(); i++) {
      String supervisor = form.findings().get(i).followUpSupervisorId();
      if (supervisor != null && !relationships.isMember(supervisor, ProgramRoles.SUPERVISORS)) {
        throw new FormRejectedException("scope-audit-review-findings",
            List.of(new FieldProblem("findings[" + i + "].followUpSupervisorId", "must be a supervisor")));
      }
    }
    Authentication caller = identityService.getCurrentAuthentication();
    String by = caller != null ? caller.getUserId() : task.getAssignee() != null ? task.getAssignee() : "unknown";
    Instant now = Instant.now();
    AuditReview review = reviews.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
    for (ReviewFindingsForm.Finding finding : form.findings()) {
      AuditFinding saved = findings.save(new AuditFinding(review.getId(), finding.findingCategory(),
          finding.findingSummary(), by, now));
      if (finding.hasFollowUp()) {
        actions.save(new FollowUpAction(saved.getId(), finding.followUpSupervisorId(), finding.followUpAction(),
            finding.followUpDueDate()));
      }
    }
    review.reviewed(by, now);
    reviews.save(review);
    task.setVariable("findingsRecorded", form.findings().size());
  }

}
