package org.peersupport.supervision.scope;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scope_check_crisis_action", joinColumns = @JoinColumn(name = "scope_check_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "crisis_action", nullable = false, length = 32)
  private Set<CrisisAction> crisisActions = new LinkedHashSet<>();

  @Embedded
  private CrisisResponse crisisResponse;

  @Embedded
  private MandatoryReport mandatoryReport;

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
    this.mandatoryReport = new MandatoryReport(form.abuseOrNeglectDisclosed());
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
    this.crisisResponse = new CrisisResponse(actionOther, contact, result, notes, at);
  }

  void acknowledgedBySupervisor(Instant at) {
    this.supervisorAcknowledgedAt = at;
  }

  void escalatedToProgramLeads(Instant at) {
    this.crisisEscalatedAt = at;
  }

  void mandatoryReportMade(MandatedReporter by, ReportAgency agency, String agencyOther, LocalDate on,
      String reference, Instant at) {
    this.mandatoryReport = mandatoryReport.made(by, agency, agencyOther, on, reference, at);
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

  public Set<CrisisAction> getCrisisActions() {
    return crisisActions;
  }

  /** The crisis documentation; all empty until the specialist has responded. */
  public CrisisResponse getCrisisResponse() {
    return crisisResponse == null ? new CrisisResponse() : crisisResponse;
  }

  public MandatoryReport getMandatoryReport() {
    return mandatoryReport;
  }

  public ReferralOutcome getReferralOutcome() {
    return referralOutcome;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
