package org.peersupport.supervision.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One scope-compliance audit: the period, who started it, its headline figures and who reviewed it. */
@Entity
@Table(name = "audit_review")
public class AuditReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, unique = true, length = 64)
  private String processInstanceId;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "started_by", length = 64)
  private String startedBy;

  @Column(name = "produced_at", nullable = false)
  private Instant producedAt;

  @Column(name = "cycles_completed", nullable = false)
  private int cyclesCompleted;

  @Column(name = "cycles_on_time", nullable = false)
  private int cyclesOnTime;

  @Column(nullable = false)
  private int specialists;

  @Column(name = "specialists_below_minimum", nullable = false)
  private int specialistsBelowMinimum;

  @Column(name = "overdue_reflections", nullable = false)
  private int overdueReflections;

  @Column(name = "crisis_escalations", nullable = false)
  private int crisisEscalations;

  @Column(name = "referrals_lost_to_follow_up", nullable = false)
  private int referralsLostToFollowUp;

  @Column(name = "role_drift_signals", nullable = false)
  private int roleDriftSignals;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Version
  private long version;

  protected AuditReview() {}

  AuditReview(String processInstanceId, AuditReport report, String startedBy) {
    this.processInstanceId = processInstanceId;
    this.periodFrom = report.from();
    this.periodTo = report.to();
    this.startedBy = startedBy;
    this.producedAt = report.producedAt();
    this.cyclesCompleted = (int) report.cycles().completed();
    this.cyclesOnTime = (int) report.cycles().onTime();
    this.specialists = report.specialists().size();
    this.specialistsBelowMinimum = (int) report.specialists().stream()
        .filter(s -> s.monthsMeetingMinimum() < s.months()).count();
    this.overdueReflections = (int) report.reflectionDeadlines().overdue();
    this.crisisEscalations = (int) report.crisis().raised();
    this.referralsLostToFollowUp = (int) report.referrals().lostToFollowUp();
    this.roleDriftSignals = (int) report.roleDrift().stream().filter(AuditReport.RoleDrift::signal).count();
  }

  void reviewed(String by, Instant at) {
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getProducedAt() {
    return producedAt;
  }

  public int getCyclesCompleted() {
    return cyclesCompleted;
  }

  public int getCyclesOnTime() {
    return cyclesOnTime;
  }

  public int getSpecialists() {
    return specialists;
  }

  public int getSpecialistsBelowMinimum() {
    return specialistsBelowMinimum;
  }

  public int getOverdueReflections() {
    return overdueReflections;
  }

  public int getCrisisEscalations() {
    return crisisEscalations;
  }

  public int getReferralsLostToFollowUp() {
    return referralsLostToFollowUp;
  }

  public int getRoleDriftSignals() {
    return roleDriftSignals;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
