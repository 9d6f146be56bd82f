package org.peersupport.supervision.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.peersupport.supervision.system.ProcessRecord;

/**
 * The specialist's confidential wellness check-in for one cycle, and the wellness support plan when a
 * concern was raised. Kept apart from session, competency and performance records; read only by the
 * specialist and their supervisor, never by program leads or audits.
 */
@Entity
@Table(name = "wellness_check_in")
public class WellnessCheckIn extends ProcessRecord {

  @Column(name = "self_rating")
  private Integer selfRating;

  @Column(length = 2000)
  private String note;

  @Column(name = "concern_raised", nullable = false)
  private boolean concernRaised;

  @Column(name = "support_plan", length = 4000)
  private String supportPlan;

  @Column(name = "plan_review_date")
  private LocalDate planReviewDate;

  @Column(name = "plan_confirmed_at")
  private Instant planConfirmedAt;

  @Column(name = "specialist_comment", length = 2000)
  private String specialistComment;

  protected WellnessCheckIn() {}

  public WellnessCheckIn(String processInstanceId, String specialistId, String supervisorId) {
    super(processInstanceId, specialistId, supervisorId);
  }

  public void checkIn(Integer selfRating, String note) {
    this.selfRating = selfRating;
    this.note = note;
  }

  public void concern(boolean raised) {
    this.concernRaised = raised;
  }

  public void plan(String supportPlan, LocalDate reviewDate) {
    this.supportPlan = supportPlan;
    this.planReviewDate = reviewDate;
    this.planConfirmedAt = null;
  }

  public void confirmPlan(Instant at, String comment) {
    this.planConfirmedAt = at;
    this.specialistComment = comment;
  }

  public Integer getSelfRating() {
    return selfRating;
  }

  public String getNote() {
    return note;
  }

  public boolean isConcernRaised() {
    return concernRaised;
  }

  public String getSupportPlan() {
    return supportPlan;
  }

  public LocalDate getPlanReviewDate() {
    return planReviewDate;
  }

  public Instant getPlanConfirmedAt() {
    return planConfirmedAt;
  }

  public String getSpecialistComment() {
    return specialistComment;
  }
}
