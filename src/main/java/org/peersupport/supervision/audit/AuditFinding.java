package org.peersupport.supervision.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A program lead's finding in one audit (about figures, never about a peer). Append-only. */
@Entity
@Table(name = "audit_finding")
public class AuditFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private FindingCategory category;

  @Column(nullable = false, length = 1000)
  private String summary;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected AuditFinding() {}

  AuditFinding(Long reviewId, FindingCategory category, String summary, String recordedBy, Instant recordedAt) {
    this.reviewId = reviewId;
    this.category = category;
    this.summary = summary;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public FindingCategory getCategory() {
    return category;
  }

  public String getSummary() {
    return summary;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
