package org.peersupport.supervision.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Embedded
  private SignedConsent signedConsent;

  @Embedded
  private ConsentRevocation revocation;

  @Embedded
  private WarmHandoff handoff;

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
      this.signedConsent = new SignedConsent(form);
    }
  }

  /** Whether information may be shared now: consent given and not revoked. */
  public boolean consentInForce() {
    return consentDecision == ConsentDecision.GIVEN && getRevocation().getRevokedAt() == null;
  }

  void revokeConsent(LocalDate revokedOn, String reference, Instant at) {
    this.revocation = new ConsentRevocation(revokedOn, reference, at);
  }

  void handedOff(WarmHandoffForm form, Instant at) {
    this.handoff = new WarmHandoff(form);
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

  /** The signed consent's elements; all empty unless the peer gave consent. */
  public SignedConsent getSignedConsent() {
    return signedConsent == null ? new SignedConsent() : signedConsent;
  }

  /** The revocation; all empty while the consent stands. */
  public ConsentRevocation getRevocation() {
    return revocation == null ? new ConsentRevocation() : revocation;
  }

  /** The warm handoff; all empty until it happened. */
  public WarmHandoff getHandoff() {
    return handoff == null ? new WarmHandoff() : handoff;
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
