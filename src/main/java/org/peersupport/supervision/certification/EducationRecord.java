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

/**
 * Hours of training (by topic) or continuing education (date, provider, topic), with ethics hours
 * flagged so they are counted apart. The specialist records and corrects them; a program lead
 * verifies them; a correction asks for verification again.
 */
@Entity
@Table(name = "education_record")
public class EducationRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "specialist_id", nullable = false, length = 64)
  private String specialistId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private EducationKind kind;

  @Column(nullable = false, length = 200)
  private String topic;

  @Column(nullable = false, length = 200)
  private String provider;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal hours;

  @Column(nullable = false)
  private boolean ethics;

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

  protected EducationRecord() {}

  public EducationRecord(String specialistId, String recordedBy, Instant recordedAt) {
    this.specialistId = specialistId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void describe(EducationKind kind, String topic, String provider, LocalDate completedOn, BigDecimal hours,
      boolean ethics) {
    this.kind = kind;
    this.topic = topic;
    this.provider = provider;
    this.completedOn = completedOn;
    this.hours = hours;
    this.ethics = ethics;
    this.verifiedBy = null;
    this.verifiedAt = null;
  }

  void verify(String by, Instant at) {
    this.verifiedBy = by;
    this.verifiedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getSpecialistId() {
    return specialistId;
  }

  public EducationKind getKind() {
    return kind;
  }

  public String getTopic() {
    return topic;
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

  public boolean isEthics() {
    return ethics;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }
}
