package org.peersupport.supervision.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A follow-up action of a finding: a task for one supervisor, with a due date, tracked to done. */
@Entity
@Table(name = "audit_follow_up_action")
public class FollowUpAction {

  public enum Status { OPEN, DONE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "finding_id", nullable = false)
  private Long findingId;

  @Column(name = "supervisor_id", nullable = false, length = 64)
  private String supervisorId;

  @Column(nullable = false, length = 500)
  private String action;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completion_note", length = 1000)
  private String completionNote;

  @Version
  private long version;

  protected FollowUpAction() {}

  FollowUpAction(Long findingId, String supervisorId, String action, LocalDate dueDate) {
    this.findingId = findingId;
    this.supervisorId = supervisorId;
    this.action = action;
    this.dueDate = dueDate;
  }

  void done(Instant at, String note) {
    this.status = Status.DONE;
    this.completedAt = at;
    this.completionNote = note;
  }

  public Long getId() {
    return id;
  }

  public Long getFindingId() {
    return findingId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public String getAction() {
    return action;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getCompletionNote() {
    return completionNote;
  }
}
