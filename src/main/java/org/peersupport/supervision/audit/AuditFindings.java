package org.peersupport.supervision.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peersupport.supervision.people.Relationships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open follow-up actions with their findings: all for program leads, a supervisor's own for them. */
@Service
public class AuditFindings {

  public record OpenAction(long actionId, String supervisorId, String supervisorName, String action, LocalDate dueDate,
      boolean overdue, FindingCategory category, String finding, LocalDate periodFrom, LocalDate periodTo,
      Instant recordedAt) {}

  private final FollowUpActions actions;
  private final AuditFindingRepository findings;
  private final AuditReviews reviews;
  private final Relationships relationships;

  AuditFindings(FollowUpActions actions, AuditFindingRepository findings, AuditReviews reviews,
      Relationships relationships) {
    this.actions = actions;
    this.findings = findings;
    this.reviews = reviews;
    this.relationships = relationships;
  }

  /** Open actions, soonest due first; of one supervisor when {@code supervisorId} is given. */
  @Transactional(readOnly = true)
  public List<OpenAction> open(String supervisorId, LocalDate today) {
    List<FollowUpAction> open = supervisorId == null
        ? actions.findByStatusOrderByDueDate(FollowUpAction.Status.OPEN)
        : actions.findByStatusAndSupervisorIdOrderByDueDate(FollowUpAction.Status.OPEN, supervisorId);
    Map<Long, AuditFinding> findingById = new HashMap<>();
    findings.findAllById(open.stream().map(FollowUpAction::getFindingId).distinct().toList())
        .forEach(f -> findingById.put(f.getId(), f));
    Map<Long, AuditReview> reviewById = new HashMap<>();
    reviews.findAllById(findingById.values().stream().map(AuditFinding::getReviewId).distinct().toList())
        .forEach(r -> reviewById.put(r.getId(), r));
    Map<String, String> names = new HashMap<>();
    return open.stream().map(a -> {
      AuditFinding finding = findingById.get(a.getFindingId());
      AuditReview review = reviewById.get(finding.getReviewId());
      return new OpenAction(a.getId(), a.getSupervisorId(),
          names.computeIfAbsent(a.getSupervisorId(), relationships::displayName), a.getAction(), a.getDueDate(),
          a.getDueDate().isBefore(today), finding.getCategory(), finding.getSummary(), review.getPeriodFrom(),
          review.getPeriodTo(), finding.getRecordedAt());
    }).toList();
  }
}
