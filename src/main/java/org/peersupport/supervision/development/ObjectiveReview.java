package org.peersupport.supervision.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One review of a development objective in a later supervision: progress and the status it leaves. */
@Entity
@Table(name = "objective_review")
public class ObjectiveReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 1000)
  private String progress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ObjectiveStatus status;

  @Column(name = "reviewed_by", nullable = false, length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected ObjectiveReview() {}

  ObjectiveReview(String progress, ObjectiveStatus status, String reviewedBy, Instant reviewedAt) {
    this.progress = progress;
    this.status = status;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
  }

  public String getProgress() {
    return progress;
  }

  public ObjectiveStatus getStatus() {
    return status;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
