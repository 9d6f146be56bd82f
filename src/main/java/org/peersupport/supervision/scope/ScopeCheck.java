package org.peersupport.supervision.scope;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.peersupport.supervision.referral.ReferralOutcome;
import org.peersupport.supervision.system.ProcessRecord;

/**
 * One scope check: what the specialist raised, what the scope-of-practice table and the supervisor
 * decided, the crisis documentation and the mandatory report when there was one, and the timings an
 * audit needs (raised, decided, acknowledged, closed). The description and the crisis notes are
 * private to the specialist and their supervisor.
 */
@Entity
@Table(name = "scope_check")
public class ScopeCheck extends ProcessRecord {

  @Column(name = "peer_code", nullable = false, length = 16)
  private String peerCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_category", nullable = false, length = 32)
  private RequestCategory requestCategory;

  @Column(name = "need_unclear", nullable = false)
  private boolean needUnclear;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scope_check_risk_indicator", joinColumns = @JoinColumn(name = "scope_check_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "risk_indicator", nullable = false, length = 32)
  private Set<RiskIndicator> riskIndicators = new LinkedHashSet<>();

  @Column(nullable = false, length = 1000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "dmn_outcome", nullable = false, length = 16)
  private ScopeOutcome dmnOutcome;

  @Column(name = "dmn_reason", nullable = false, length = 300)
  private String dmnReason;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private ScopeOutcome outcome;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "dmn_decided_at", nullable = false)
  private Instant dmnDecidedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "supervisor_acknowledged_at")
  private Instant supervisorAcknowledgedAt;

  @Column(name = "crisis_escalated_at")
  private Instant crisisEscalatedAt;

  @Column(name = "crisis_responded_at")
  private Instant crisisRespondedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scope_check_crisis_action", joinColumns = @JoinColumn(name = "scope_check_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "crisis_action", nullable = false, length = 32)
  private Set<CrisisAction> crisisActions = new LinkedHashSet<>();

  @Column(name = "crisis_action_other", length = 200)
  private String crisisActionOther;

  @Enumerated(EnumType.STRING)
  @Column(name = "crisis_contact", length = 24)
  private CrisisContact crisisContact;

  @Enumerated(EnumType.STRING)
  @Column(name = "crisis_outcome", length = 32)
  private CrisisOutcome crisisOutcome;

  @Column(name = "crisis_notes", length = 2000)
  private String crisisNotes;

  @Column(name = "mandatory_report_required", nullable = false)
  private boolean mandatoryReportRequired;

  @Enumerated(EnumType.STRING)
  @Column(name = "reported_by", length = 32)
  private MandatedReporter reportedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "report_agency", length = 32)
  private ReportAgency reportAgency;

  @Column(name = "report_agency_other", length = 200)
  private String reportAgencyOther;

  @Column(name = "reported_on")
  private LocalDate reportedOn;

  @Column(name = "report_reference", length = 64)
  private String reportReference;

  @Column(name = "report_recorded_at")
  private Instant reportRecordedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral_outcome", length = 24)
  private ReferralOutcome referralOutcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected ScopeCheck() {}

  public ScopeCheck(String processInstanceId, String specialistId, String supervisorId, ScopeCheckStartForm form,
      Instant raisedAt) {
    super(processInstanceId, specialistId, supervisorId);
    this.peerCode = form.peerCode();
    this.requestCategory = form.requestCategory();
    this.needUnclear = form.isNeedUnclear();
    this.riskIndicators.addAll(form.indicators());
    this.description = form.scopeDescription();
    this.mandatoryReportRequired = form.abuseOrNeglectDisclosed();
    this.raisedAt = raisedAt;
  }

  /** The scope-of-practice table's outcome; final at once unless the supervisor is to decide. */
  void decidedByTable(ScopeOutcome tableOutcome, String reason, Instant at) {
    this.dmnOutcome = tableOutcome;
    this.dmnReason = reason;
    this.dmnDecidedAt = at;
    if (tableOutcome == ScopeOutcome.CRISIS) {
      this.outcome = tableOutcome;
      this.decidedAt = at;
    }
  }

  void decidedBySupervisor(ScopeOutcome supervisorOutcome, Instant at) {
    this.outcome = supervisorOutcome;
    this.decidedAt = at;
  }

  void crisisResponded(Set<CrisisAction> actions, String actionOther, CrisisContact contact, CrisisOutcome result,
      String notes, Instant at) {
    this.crisisActions.clear();
    this.crisisActions.addAll(actions);
    this.crisisActionOther = actionOther;
    this.crisisContact = contact;
    this.crisisOutcome = result;
    this.crisisNotes = notes;
    this.crisisRespondedAt = at;
  }

  void acknowledgedBySupervisor(Instant at) {
    this.supervisorAcknowledgedAt = at;
  }

  void escalatedToProgramLeads(Instant at) {
    this.crisisEscalatedAt = at;
  }

  void mandatoryReportMade(MandatedReporter by, ReportAgency agency, String agencyOther, LocalDate on,
      String reference, Instant at) {
    this.reportedBy = by;
    this.reportAgency = agency;
    this.reportAgencyOther = agencyOther;
    this.reportedOn = on;
    this.reportReference = reference;
    this.reportRecordedAt = at;
  }

  void close(ReferralOutcome referral, Instant at) {
    this.referralOutcome = referral;
    this.closedAt = at;
  }

  public String getPeerCode() {
    return peerCode;
  }

  public RequestCategory getRequestCategory() {
    return requestCategory;
  }

  public boolean isNeedUnclear() {
    return needUnclear;
  }

  public Set<RiskIndicator> getRiskIndicators() {
    return riskIndicators;
  }

  public String getDescription() {
    return description;
  }

  public ScopeOutcome getDmnOutcome() {
    return dmnOutcome;
  }

  public String getDmnReason() {
    return dmnReason;
  }

  public ScopeOutcome getOutcome() {
    return outcome;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getDmnDecidedAt() {
    return dmnDecidedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getSupervisorAcknowledgedAt() {
    return supervisorAcknowledgedAt;
  }

  public Instant getCrisisEscalatedAt() {
    return crisisEscalatedAt;
  }

  public Instant getCrisisRespondedAt() {
    return crisisRespondedAt;
  }

  public Set<CrisisAction> getCrisisActions() {
    return crisisActions;
  }

  public String getCrisisActionOther() {
    return crisisActionOther;
  }

  public CrisisContact getCrisisContact() {
    return crisisContact;
  }

  public CrisisOutcome getCrisisOutcome() {
    return crisisOutcome;
  }

  public String getCrisisNotes() {
    return crisisNotes;
  }

  public boolean isMandatoryReportRequired() {
    return mandatoryReportRequired;
  }

  public MandatedReporter getReportedBy() {
    return reportedBy;
  }

  public ReportAgency getReportAgency() {
    return reportAgency;
  }

  public String getReportAgencyOther() {
    return reportAgencyOther;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public String getReportReference() {
    return reportReference;
  }

  public Instant getReportRecordedAt() {
    return reportRecordedAt;
  }

  public ReferralOutcome getReferralOutcome() {
    return referralOutcome;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
