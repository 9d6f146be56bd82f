package org.peersupport.supervision.audit;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the audit's diagrams ask about follow-up actions: which are open for an audit (the
 * multi-instance collection), and for one action its supervisor, text and due date. Only the action
 * itself reaches the supervisor's process, never the findings or the figures.
 */
@Component("auditFollowUps")
public class AuditFollowUps {

  private final AuditFindingRepository findings;
  private final FollowUpActions actions;
  private final Relationships relationships;

  public AuditFollowUps(AuditFindingRepository findings, FollowUpActions actions, Relationships relationships) {
    this.findings = findings;
    this.actions = actions;
    this.relationships = relationships;
  }

  @Transactional(readOnly = true)
  public List<Long> actionIds(Long auditReviewId) {
    List<Long> findingIds = findings.findByReviewIdOrderById(auditReviewId).stream().map(AuditFinding::getId).toList();
    if (findingIds.isEmpty()) {
      return List.of();
    }
    return actions.findByFindingIdInOrderById(findingIds).stream().map(FollowUpAction::getId).toList();
  }

  public boolean anyAssigned(Long auditReviewId) {
    return !actionIds(auditReviewId).isEmpty();
  }

  public String supervisorOf(Long actionId) {
    return action(actionId).getSupervisorId();
  }

  public String supervisorNameOf(Long actionId) {
    return relationships.displayName(supervisorOf(actionId));
  }

  public String actionOf(Long actionId) {
    return action(actionId).getAction();
  }

  public String dueDateOf(Long actionId) {
    return action(actionId).getDueDate().toString();
  }

  /** The task is due at the end of its due date. */
  public Date dueOf(Long actionId) {
    LocalDate due = action(actionId).getDueDate();
    return Dates.timerAt(due.plusDays(1));
  }

  private FollowUpAction action(Long id) {
    return actions.findById(id).orElseThrow(() -> new IllegalStateException("no follow-up action " + id));
  }
}
