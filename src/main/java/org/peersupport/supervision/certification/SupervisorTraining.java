package org.peersupport.supervision.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One peer-supervisor training or refresher a supervisor completed; program leads verify it. */
@Entity
@Table(name = "supervisor_training")
public class SupervisorTraining {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supervisor_id", nullable = false, length = 64)
  private String supervisorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private SupervisorTrainingKind kind;

  @Column(nullable = false, length = 200)
  private String provider;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal hours;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "verified_by", length = 64)
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Version
  private long version;

  protected SupervisorTraining() {}

  public SupervisorTraining(String supervisorId, SupervisorTrainingKind kind, String provider, LocalDate completedOn,
      BigDecimal hours, String recordedBy, Instant recordedAt) {
    this.supervisorId = supervisorId;
    this.kind = kind;
    this.provider = provider;
    this.completedOn = completedOn;
    this.hours = hours;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void verify(String by, Instant at) {
    this.verifiedBy = by;
    this.verifiedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public SupervisorTrainingKind getKind() {
    return kind;
  }

  public String getProvider() {
    return provider;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }
}
