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
import java.time.Instant;
import java.time.LocalDate;

/**
 * One certification of a specialist (issuing state or body, credential, number, issued, expires). The
 * specialist records and corrects it; a program lead verifies it; any correction asks for verification
 * again. Its expiry is moved only by a renewal, which the certification-renewal process records.
 */
@Entity
@Table(name = "certification")
public class Certification {

  /** The shape of a credential number: letters, digits, spaces and . / _ - (starting with a letter or digit). */
  public static final String NUMBER_PATTERN = "[A-Za-z0-9][A-Za-z0-9 ./_-]*";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "specialist_id", nullable = false, length = 64)
  private String specialistId;

  @Column(name = "issuing_body", nullable = false, length = 200)
  private String issuingBody;

  @Column(name = "credential_name", nullable = false, length = 200)
  private String credentialName;

  @Column(name = "credential_number", nullable = false, length = 64)
  private String credentialNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CertificationStage stage;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CertificationStatus status = CertificationStatus.CURRENT;

  @Column(name = "expired_at")
  private Instant expiredAt;

  @Column(name = "renewal_evidence", length = 1000)
  private String renewalEvidence;

  @Column(name = "renewed_at")
  private Instant renewedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

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

  protected Certification() {}

  public Certification(String specialistId, String recordedBy, Instant recordedAt) {
    this.specialistId = specialistId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The specialist corrects the details: a program lead verifies them again. */
  void describe(String issuingBody, String credentialName, String credentialNumber, CertificationStage stage,
      LocalDate issuedOn) {
    this.issuingBody = issuingBody;
    this.credentialName = credentialName;
    this.credentialNumber = credentialNumber;
    this.stage = stage;
    this.issuedOn = issuedOn;
    this.verifiedBy = null;
    this.verifiedAt = null;
  }

  void firstExpiry(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  void verify(String by, Instant at) {
    this.verifiedBy = by;
    this.verifiedAt = at;
  }

  /** A renewal: the new expiry and its evidence; the certification is current again, to be verified. */
  void renew(LocalDate newExpiresOn, String evidence, Instant at) {
    this.expiresOn = newExpiresOn;
    this.renewalEvidence = evidence;
    this.renewedAt = at;
    this.status = CertificationStatus.CURRENT;
    this.expiredAt = null;
    this.verifiedBy = null;
    this.verifiedAt = null;
  }

  void markExpired(Instant at) {
    this.status = CertificationStatus.EXPIRED;
    this.expiredAt = at;
  }

  void markNotRenewed() {
    this.status = CertificationStatus.NOT_RENEWED;
  }

  void startedRenewalProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public boolean isExpired() {
    return status == CertificationStatus.EXPIRED;
  }

  public Long getId() {
    return id;
  }

  public String getSpecialistId() {
    return specialistId;
  }

  public String getIssuingBody() {
    return issuingBody;
  }

  public String getCredentialName() {
    return credentialName;
  }

  public String getCredentialNumber() {
    return credentialNumber;
  }

  public CertificationStage getStage() {
    return stage;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public CertificationStatus getStatus() {
    return status;
  }

  public Instant getExpiredAt() {
    return expiredAt;
  }

  public String getRenewalEvidence() {
    return renewalEvidence;
  }

  public Instant getRenewedAt() {
    return renewedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
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
