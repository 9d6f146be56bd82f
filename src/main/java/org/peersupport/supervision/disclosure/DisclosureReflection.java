package org.peersupport.supervision.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

  @Embedded
  private RiskOverride riskOverride;

  @Embedded
  private WellnessSupportOffer wellnessSupportOffer = new WellnessSupportOffer();

  @Enumerated(EnumType.STRING)
  @Column(name = "review_outcome", length = 32)
  private ReviewOutcome reviewOutcome;

  @Column(length = 4000)
  private String feedback;

  @Column(name = "coaching_note", length = 4000)
  private String coachingNote;

  @Embedded
  private CorrectivePlan correctivePlan;

  @Embedded
  private EthicsConsultation ethicsConsultation;

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
    wellness().offered(wellnessSupportOffered);
  }

  void reviewDue(Instant at) {
    this.reviewDueAt = at;
  }

  /** The supervisor changed the risk level, with a written reason kept with the record. */
  void overrideRisk(RiskLevel level, String reason, String by, Instant at) {
    this.riskLevel = level;
    this.riskOverride = new RiskOverride(by, reason, at);
  }

  void reviewed(SupervisorReviewForm review, Instant at) {
    this.reviewOutcome = review.reviewOutcome();
    this.feedback = review.feedback();
    this.coachingNote = review.reviewOutcome() == ReviewOutcome.COACHING_NOTE ? review.coachingNote() : null;
    if (review.reviewOutcome() == ReviewOutcome.CORRECTIVE_PLAN) {
      plan().set(review.correctivePlan(), review.planReviewDate());
    }
    if (review.reviewOutcome() == ReviewOutcome.ETHICS_CONSULTATION) {
      ethics().requested(at);
    }
    this.reviewedAt = at;
  }

  void planAgreed(String comment, Instant at) {
    plan().agreed(comment, at);
  }

  void planFollowedUp(PlanFollowUpForm followUp, Instant at) {
    plan().followedUp(followUp, at);
  }

  void ethicsAnswered(EthicsConsultationOutcome outcome, String note, Instant at) {
    ethics().answered(outcome, note, at);
  }

  void wellnessAnswered(List<WellnessSupport> supports, String note, Instant at) {
    wellness().answered(supports, note, at);
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
  public ReviewOutcome getReviewOutcome() { return reviewOutcome; }
  public String getFeedback() { return feedback; }
  public String getCoachingNote() { return coachingNote; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Instant getReviewDueAt() { return reviewDueAt; }
  public Instant getReviewedAt() { return reviewedAt; }
  public Instant getReviewEscalatedAt() { return reviewEscalatedAt; }
  public Instant getSupervisorRemindedAt() { return supervisorRemindedAt; }
  public Instant getClosedAt() { return closedAt; }

  /** The supervisor's change of the risk level; all empty while the assessed level stands. */
  public RiskOverride getRiskOverride() {
    return riskOverride == null ? new RiskOverride() : riskOverride;
  }

  /** The corrective plan; all empty unless a review asked for one. */
  public CorrectivePlan getCorrectivePlan() {
    return correctivePlan == null ? new CorrectivePlan() : correctivePlan;
  }

  /** The ethics consultation; all empty unless a review asked for one. */
  public EthicsConsultation getEthicsConsultation() {
    return ethicsConsultation == null ? new EthicsConsultation() : ethicsConsultation;
  }

  public WellnessSupportOffer getWellnessSupportOffer() {
    return wellnessSupportOffer == null ? new WellnessSupportOffer() : wellnessSupportOffer;
  }

  private CorrectivePlan plan() {
    if (correctivePlan == null) {
      correctivePlan = new CorrectivePlan();
    }
    return correctivePlan;
  }

  private EthicsConsultation ethics() {
    if (ethicsConsultation == null) {
      ethicsConsultation = new EthicsConsultation();
    }
    return ethicsConsultation;
  }

  private WellnessSupportOffer wellness() {
    if (wellnessSupportOffer == null) {
      wellnessSupportOffer = new WellnessSupportOffer();
    }
    return wellnessSupportOffer;
  }
}
