package org.peersupport.supervision.development;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.cycle.CompetencyDomain;

/**
 * A SMART development objective a specialist and their supervisor agreed: what, how it is measured,
 * the target, by when, how progress is reviewed and the mechanism (the support that makes it happen),
 * tied to a competency domain, with its reviews in later supervision. Private to the two of them.
 */
@Entity
@Table(name = "development_objective")
public class DevelopmentObjective {

  /** An objective is due within this many days of being set. */
  public static final int LONGEST_IN_DAYS = 366;


  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "specialist_id", nullable = false, length = 64)
  private String specialistId;

  @Column(name = "supervisor_id", nullable = false, length = 64)
  private String supervisorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 48)
  private CompetencyDomain competency;

  @Column(nullable = false, length = 500)
  private String what;

  @Column(nullable = false, length = 300)
  private String measure;

  @Column(nullable = false, length = 300)
  private String target;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "how_reviewed", nullable = false, length = 300)
  private String howReviewed;

  @Column(length = 300)
  private String mechanism;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ObjectiveStatus status = ObjectiveStatus.OPEN;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = false)
  @JoinColumn(name = "objective_id", nullable = false)
  @OrderBy("reviewedAt asc")
  private List<ObjectiveReview> reviews = new ArrayList<>();

  @Version
  private long version;

  protected DevelopmentObjective() {}

  public DevelopmentObjective(String specialistId, String supervisorId, CompetencyDomain competency, String what,
      String measure, String target, LocalDate dueOn, String howReviewed, String mechanism, String createdBy,
      Instant createdAt) {
    this.specialistId = specialistId;
    this.supervisorId = supervisorId;
    this.competency = competency;
    this.what = what;
    this.measure = measure;
    this.target = target;
    this.dueOn = dueOn;
    this.howReviewed = howReviewed;
    this.mechanism = mechanism;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void review(String progress, ObjectiveStatus newStatus, String by, Instant at) {
    reviews.add(new ObjectiveReview(progress, newStatus, by, at));
    this.status = newStatus;
  }

  public Long getId() {
    return id;
  }

  public String getSpecialistId() {
    return specialistId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public CompetencyDomain getCompetency() {
    return competency;
  }

  public String getWhat() {
    return what;
  }

  public String getMeasure() {
    return measure;
  }

  public String getTarget() {
    return target;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getHowReviewed() {
    return howReviewed;
  }

  public String getMechanism() {
    return mechanism;
  }

  public ObjectiveStatus getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<ObjectiveReview> getReviews() {
    return reviews;
  }
}
