package org.peersupport.supervision.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.peersupport.supervision.system.ProcessRecord;

/**
 * One referral to licensed care: the peer's consent (the 42 CFR Part 2 §2.31 elements and the signed
 * paper's reference, never a name), a revocation when there is one, the warm handoff, the follow-ups
 * and the outcome, with the timings an audit needs (referred, handed off, connected, closed).
 */
@Entity
@Table(name = "licensed_care_referral")
public class LicensedCareReferral extends ProcessRecord {

  @Column(name = "scope_check_process_instance_id", nullable = false, length = 64)
  private String scopeCheckProcessInstanceId;

  @Column(name = "peer_code", nullable = false, length = 16)
  private String peerCode;

  @Column(name = "request_category", nullable = false, length = 32)
  private String requestCategory;

  @Column(name = "referred_at", nullable = false)
  private Instant referredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_decision", length = 16)
  private ConsentDecision consentDecision;

  @Column(name = "consent_recorded_at")
  private Instant consentRecordedAt;

  @Column(name = "disclosing_program", length = 200)
  private String disclosingProgram;

  @Column(name = "disclosure_recipient", length = 200)
  private String disclosureRecipient;

  @Column(name = "information_to_disclose", length = 500)
  private String informationToDisclose;

  @Column(name = "disclosure_purpose", length = 500)
  private String disclosurePurpose;

  @Column(name = "consent_expires_on")
  private LocalDate consentExpiresOn;

  @Column(name = "revocation_right_explained")
  private Boolean revocationRightExplained;

  @Column(name = "consent_signed_on")
  private LocalDate consentSignedOn;

  @Column(name = "signed_consent_reference", length = 64)
  private String signedConsentReference;

  @Column(name = "consent_revoked_at")
  private Instant consentRevokedAt;

  @Column(name = "consent_revoked_on")
  private LocalDate consentRevokedOn;

  @Column(name = "revocation_reference", length = 64)
  private String revocationReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider_type", length = 32)
  private ProviderType providerType;

  @Column(name = "provider_type_other", length = 200)
  private String providerTypeOther;

  @Enumerated(EnumType.STRING)
  @Column(name = "handoff_method", length = 16)
  private HandoffMethod handoffMethod;

  @Column(name = "appointment_date")
  private LocalDate appointmentDate;

  @Column(name = "handoff_at")
  private Instant handoffAt;

  @Column(name = "follow_up_attempts", nullable = false)
  private int followUpAttempts;

  @Column(name = "supervisor_reviews", nullable = false)
  private int supervisorReviews;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private ReferralOutcome outcome;

  @Column(name = "connected_at")
  private Instant connectedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected LicensedCareReferral() {}

  public LicensedCareReferral(String processInstanceId, String scopeCheckProcessInstanceId, String specialistId,
      String supervisorId, String peerCode, String requestCategory, Instant referredAt) {
    super(processInstanceId, specialistId, supervisorId);
    this.scopeCheckProcessInstanceId = scopeCheckProcessInstanceId;
    this.peerCode = peerCode;
    this.requestCategory = requestCategory;
    this.referredAt = referredAt;
  }

  void consent(ConsentForm form, Instant at) {
    this.consentDecision = form.consentDecision();
    this.consentRecordedAt = at;
    if (form.consentDecision() == ConsentDecision.GIVEN) {
      this.disclosingProgram = form.disclosingProgram();
      this.disclosureRecipient = form.disclosureRecipient();
      this.informationToDisclose = form.informationToDisclose();
      this.disclosurePurpose = form.disclosurePurpose();
      this.consentExpiresOn = form.consentExpiresOn();
      this.revocationRightExplained = form.revocationRightExplained();
      this.consentSignedOn = form.consentSignedOn();
      this.signedConsentReference = form.signedConsentReference();
    }
  }

  /** Whether information may be shared now: consent given and not revoked. */
  public boolean consentInForce() {
    return consentDecision == ConsentDecision.GIVEN && consentRevokedAt == null;
  }

  void revokeConsent(LocalDate revokedOn, String reference, Instant at) {
    this.consentRevokedOn = revokedOn;
    this.revocationReference = reference;
    this.consentRevokedAt = at;
  }

  void handedOff(WarmHandoffForm form, Instant at) {
    this.providerType = form.providerType();
    this.providerTypeOther = form.providerTypeOther();
    this.handoffMethod = form.handoffMethod();
    this.appointmentDate = form.appointmentDate();
    this.handoffAt = at;
    this.followUpAttempts = 0;
  }

  int notYetConnected() {
    return ++followUpAttempts;
  }

  void reviewedBySupervisor() {
    this.supervisorReviews++;
    this.followUpAttempts = 0;
  }

  void close(ReferralOutcome result, Instant at) {
    this.outcome = result;
    this.closedAt = at;
    if (result == ReferralOutcome.CONNECTED) {
      this.connectedAt = at;
    }
  }

  public String getScopeCheckProcessInstanceId() {
    return scopeCheckProcessInstanceId;
  }

  public String getPeerCode() {
    return peerCode;
  }

  public String getRequestCategory() {
    return requestCategory;
  }

  public Instant getReferredAt() {
    return referredAt;
  }

  public ConsentDecision getConsentDecision() {
    return consentDecision;
  }

  public Instant getConsentRecordedAt() {
    return consentRecordedAt;
  }

  public String getDisclosingProgram() {
    return disclosingProgram;
  }

  public String getDisclosureRecipient() {
    return disclosureRecipient;
  }

  public String getInformationToDisclose() {
    return informationToDisclose;
  }

  public String getDisclosurePurpose() {
    return disclosurePurpose;
  }

  public LocalDate getConsentExpiresOn() {
    return consentExpiresOn;
  }

  public Boolean getRevocationRightExplained() {
    return revocationRightExplained;
  }

  public LocalDate getConsentSignedOn() {
    return consentSignedOn;
  }

  public String getSignedConsentReference() {
    return signedConsentReference;
  }

  public Instant getConsentRevokedAt() {
    return consentRevokedAt;
  }

  public LocalDate getConsentRevokedOn() {
    return consentRevokedOn;
  }

  public String getRevocationReference() {
    return revocationReference;
  }

  public ProviderType getProviderType() {
    return providerType;
  }

  public String getProviderTypeOther() {
    return providerTypeOther;
  }

  public HandoffMethod getHandoffMethod() {
    return handoffMethod;
  }

  public LocalDate getAppointmentDate() {
    return appointmentDate;
  }

  public Instant getHandoffAt() {
    return handoffAt;
  }

  public int getFollowUpAttempts() {
    return followUpAttempts;
  }

  public int getSupervisorReviews() {
    return supervisorReviews;
  }

  public ReferralOutcome getOutcome() {
    return outcome;
  }

  public Instant getConnectedAt() {
    return connectedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
