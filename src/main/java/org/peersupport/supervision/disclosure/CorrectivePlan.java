package org.peersupport.supervision.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The corrective plan of a reflection, through its steps: the supervisor sets it with a review date,
 * the specialist agrees (with a comment), and at the review date the supervisor follows it up (and may
 * extend it to a new date). All empty unless a review asked for a plan.
 */
@Embeddable
public class CorrectivePlan {

  @Column(name = "corrective_plan", length = 4000)
  private String plan;

  @Column(name = "plan_review_date")
  private LocalDate reviewDate;

  @Column(name = "plan_agreed_at")
  private Instant agreedAt;

  @Column(name = "specialist_comment", length = 2000)
  private String specialistComment;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_follow_up_outcome", length = 32)
  private PlanFollowUpOutcome followUpOutcome;

  @Column(name = "plan_follow_up_note", length = 4000)
  private String followUpNote;

  @Column(name = "plan_followed_up_at")
  private Instant followedUpAt;

  /** No plan (and for JPA). */
  protected CorrectivePlan() {}

  void set(String text, LocalDate until) {
    this.plan = text;
    this.reviewDate = until;
  }

  void agreed(String comment, Instant at) {
    this.specialistComment = comment;
    this.agreedAt = at;
  }

  void followedUp(PlanFollowUpForm followUp, Instant at) {
    this.followUpOutcome = followUp.planFollowUpOutcome();
    this.followUpNote = followUp.planFollowUpNote();
    this.followedUpAt = at;
    if (followUp.planFollowUpOutcome() == PlanFollowUpOutcome.PLAN_EXTENDED) {
      this.reviewDate = followUp.planReviewDate();
    }
  }

  public String getPlan() {
    return plan;
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }

  public Instant getAgreedAt() {
    return agreedAt;
  }

  public String getSpecialistComment() {
    return specialistComment;
  }

  public PlanFollowUpOutcome getFollowUpOutcome() {
    return followUpOutcome;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }

  public Instant getFollowedUpAt() {
    return followedUpAt;
  }
}
