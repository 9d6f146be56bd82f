package org.peersupport.supervision.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.peersupport.supervision.system.ProcessRecord;

/**
 * One reflection on a disclosure or boundary situation, its risk, the supervisor's review and what
 * followed. The free text (what happened, the peer's response, feedback, plans, the override reason,
 * wellness notes) is for the specialist and their own supervisor only: program leads get
 * {@link ReflectionController.ReflectionSummary}, which has none of it.
 */
@Entity
@Table(name = "disclosure_reflection")
public class DisclosureReflection extends ProcessRecord {

  @Column(name = "assigned_by", length = 64)
  private String assignedBy;

  @Column(name = "reflection_request", length = 1000)
  private String reflectionRequest;

  @Enumerated(EnumType.STRING)
  @Column(name = "situation_type", nullable = false, length = 40)
  private SituationType situationType;

  @Column(name = "situation_date", nullable = false)
  private LocalDate situationDate;

  @Column(name = "peer_code", nullable = false, length = 16)
  private String peerCode;

  @Column(name = "what_happened", nullable = false, length = 4000)
  private String whatHappened;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private DisclosurePurpose purpose;

  @Column(name = "purpose_other", length = 500)
  private String purposeOther;

  @Enumerated(EnumType.STRING)
  @Column(name = "needs_served", nullable = false, length = 8)
  private NeedsServed needsServed;

  @Column(name = "brief_comforting_gesture")
  private Boolean briefComfortingGesture;

  @Column(name = "peer_response", nullable = false, length = 2000)
  private String peerResponse;

  @Column(name = "own_distress", nullable = false)
  private int ownDistress;

  @Column(name = "recovery_effect", length = 2000)
  private String recoveryEffect;

  @Enumerated(EnumType.STRING)
  @Column(name = "would_do_again", nullable = false, length = 16)
  private WouldDoAgain wouldDoAgain;

  @Column(name = "do_differently", length = 2000)
  private String doDifferently;

  @Column(name = "want_from_supervision", length = 2000)
  private String wantFromSupervision;

  @Column(name = "cultural_humility", length = 2000)
  private String culturalHumility;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessed_risk", length = 16)
  private RiskLevel assessedRisk;

  @Column(name = "assessed_reason", length = 255)
  private String assessedReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level", length = 16)
  private RiskLevel riskLevel;

  @Column(name = "risk_overridden_by", length = 64)
  private String riskOverriddenBy;

  @Column(name = "risk_override_reason", length = 2000)
  private String riskOverrideReason;

  @Column(name = "risk_overridden_at")
  private Instant riskOverriddenAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "review_outcome", length = 32)
  private ReviewOutcome reviewOutcome;

  @Column(length = 4000)
  private String feedback;

  @Column(name = "coaching_note", length = 4000)
  private String coachingNote;

  @Column(name = "corrective_plan", length = 4000)
  private String correctivePlan;

  @Column(name = "plan_review_date")
  private LocalDate planReviewDate;

  @Column(name = "plan_agreed_at")
  private Instant planAgreedAt;

  @Column(name = "specialist_comment", length = 2000)
  private String specialistComment;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_follow_up_outcome", length = 32)
  private PlanFollowUpOutcome planFollowUpOutcome;

  @Column(name = "plan_follow_up_note", length = 4000)
  private String planFollowUpNote;

  @Column(name = "plan_followed_up_at")
  private Instant planFollowedUpAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ethics_outcome", length = 40)
  private EthicsConsultationOutcome ethicsOutcome;

  @Column(name = "ethics_note", length = 2000)
  private String ethicsNote;

  @Column(name = "wellness_support_offered", nullable = false)
  private boolean wellnessSupportOffered;

  @Column(name = "wellness_supports", length = 500)
  private String wellnessSupports;

  @Column(name = "wellness_note", length = 2000)
  private String wellnessNote;

  @Column(name = "wellness_answered_at")
  private Instant wellnessAnsweredAt;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "review_due_at")
  private Instant reviewDueAt;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_escalated_at")
  private Instant reviewEscalatedAt;

  @Column(name = "supervisor_reminded_at")
  private Instant supervisorRemindedAt;

  @Column(name = "ethics_requested_at")
  private Instant ethicsRequestedAt;

  @Column(name = "ethics_answered_at")
  private Instant ethicsAnsweredAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected DisclosureReflection() {}

  public DisclosureReflection(String processInstanceId, String specialistId, String supervisorId, String assignedBy,
      String reflectionRequest, DisclosureReflectionForm form, Instant submittedAt) {
    super(processInstanceId, specialistId, supervisorId);
    this.assignedBy = assignedBy;
    this.reflectionRequest = reflectionRequest;
    this.situationType = form.situationType();
    this.situationDate = form.situationDate();
    this.peerCode = form.peerCode();
    this.whatHappened = form.whatHappened();
    this.purpose = form.purpose();
    this.purposeOther = form.purposeOther();
    this.needsServed = form.needsServed();
    this.briefComfortingGesture = form.situationType() == SituationType.PHYSICAL_CONTACT
        ? form.isBriefComfortingGesture() : null;
    this.peerResponse = form.peerResponse();
    this.ownDistress = form.ownRecoveryDistress();
    this.recoveryEffect = form.recoveryEffect();
    this.wouldDoAgain = form.wouldDoAgain();
    this.doDifferently = form.doDifferently();
    this.wantFromSupervision = form.wantFromSupervision();
    this.culturalHumility = form.culturalHumility();
    this.submittedAt = submittedAt;
  }

  /** The decision's risk level and reason; the level stands until a supervisor changes it. */
  void assessed(RiskLevel level, String reason, boolean wellnessSupportOffered) {
    this.assessedRisk = level;
    this.assessedReason = reason;
    this.riskLevel = level;
    this.wellnessSupportOffered = wellnessSupportOffered;
  }

  void reviewDue(Instant at) {
    this.reviewDueAt = at;
  }

  /** The supervisor changed the risk level, with a written reason kept with the record. */
  void overrideRisk(RiskLevel level, String reason, String by, Instant at) {
    this.riskLevel = level;
    this.riskOverrideReason = reason;
    this.riskOverriddenBy = by;
    this.riskOverriddenAt = at;
  }

  void reviewed(SupervisorReviewForm review, Instant at) {
    this.reviewOutcome = review.reviewOutcome();
    this.feedback = review.feedback();
    this.coachingNote = review.reviewOutcome() == ReviewOutcome.COACHING_NOTE ? review.coachingNote() : null;
    if (review.reviewOutcome() == ReviewOutcome.CORRECTIVE_PLAN) {
      this.correctivePlan = review.correctivePlan();
      this.planReviewDate = review.planReviewDate();
    }
    if (review.reviewOutcome() == ReviewOutcome.ETHICS_CONSULTATION) {
      this.ethicsRequestedAt = at;
    }
    this.reviewedAt = at;
  }

  void planAgreed(String comment, Instant at) {
    this.specialistComment = comment;
    this.planAgreedAt = at;
  }

  void planFollowedUp(PlanFollowUpForm followUp, Instant at) {
    this.planFollowUpOutcome = followUp.planFollowUpOutcome();
    this.planFollowUpNote = followUp.planFollowUpNote();
    this.planFollowedUpAt = at;
    if (followUp.planFollowUpOutcome() == PlanFollowUpOutcome.PLAN_EXTENDED) {
      this.planReviewDate = followUp.planReviewDate();
    }
  }

  void ethicsAnswered(EthicsConsultationOutcome outcome, String note, Instant at) {
    this.ethicsOutcome = outcome;
    this.ethicsNote = note;
    this.ethicsAnsweredAt = at;
  }

  void wellnessAnswered(List<WellnessSupport> supports, String note, Instant at) {
    this.wellnessSupports = supports.stream().map(Enum::name).collect(Collectors.joining(","));
    this.wellnessNote = note;
    this.wellnessAnsweredAt = at;
  }

  void reviewEscalated(Instant at) {
    this.reviewEscalatedAt = at;
  }

  void supervisorReminded(Instant at) {
    this.supervisorRemindedAt = at;
  }

  void closed(Instant at) {
    this.closedAt = at;
  }

  public String getAssignedBy() { return assignedBy; }
  public String getReflectionRequest() { return reflectionRequest; }
  public SituationType getSituationType() { return situationType; }
  public LocalDate getSituationDate() { return situationDate; }
  public String getPeerCode() { return peerCode; }
  public String getWhatHappened() { return whatHappened; }
  public DisclosurePurpose getPurpose() { return purpose; }
  public String getPurposeOther() { return purposeOther; }
  public NeedsServed getNeedsServed() { return needsServed; }
  public Boolean getBriefComfortingGesture() { return briefComfortingGesture; }
  public String getPeerResponse() { return peerResponse; }
  public int getOwnDistress() { return ownDistress; }
  public String getRecoveryEffect() { return recoveryEffect; }
  public WouldDoAgain getWouldDoAgain() { return wouldDoAgain; }
  public String getDoDifferently() { return doDifferently; }
  public String getWantFromSupervision() { return wantFromSupervision; }
  public String getCulturalHumility() { return culturalHumility; }
  public RiskLevel getAssessedRisk() { return assessedRisk; }
  public String getAssessedReason() { return assessedReason; }
  public RiskLevel getRiskLevel() { return riskLevel; }
  public String getRiskOverriddenBy() { return riskOverriddenBy; }
  public String getRiskOverrideReason() { return riskOverrideReason; }
  public Instant getRiskOverriddenAt() { return riskOverriddenAt; }
  public ReviewOutcome getReviewOutcome() { return reviewOutcome; }
  public String getFeedback() { return feedback; }
  public String getCoachingNote() { return coachingNote; }
  public String getCorrectivePlan() { return correctivePlan; }
  public LocalDate getPlanReviewDate() { return planReviewDate; }
  public Instant getPlanAgreedAt() { return planAgreedAt; }
  public String getSpecialistComment() { return specialistComment; }
  public PlanFollowUpOutcome getPlanFollowUpOutcome() { return planFollowUpOutcome; }
  public String getPlanFollowUpNote() { return planFollowUpNote; }
  public Instant getPlanFollowedUpAt() { return planFollowedUpAt; }
  public EthicsConsultationOutcome getEthicsOutcome() { return ethicsOutcome; }
  public String getEthicsNote() { return ethicsNote; }
  public boolean isWellnessSupportOffered() { return wellnessSupportOffered; }
  public String getWellnessSupports() { return wellnessSupports; }
  public String getWellnessNote() { return wellnessNote; }
  public Instant getWellnessAnsweredAt() { return wellnessAnsweredAt; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Instant getReviewDueAt() { return reviewDueAt; }
  public Instant getReviewedAt() { return reviewedAt; }
  public Instant getReviewEscalatedAt() { return reviewEscalatedAt; }
  public Instant getSupervisorRemindedAt() { return supervisorRemindedAt; }
  public Instant getEthicsRequestedAt() { return ethicsRequestedAt; }
  public Instant getEthicsAnsweredAt() { return ethicsAnsweredAt; }
  public Instant getClosedAt() { return closedAt; }
}
