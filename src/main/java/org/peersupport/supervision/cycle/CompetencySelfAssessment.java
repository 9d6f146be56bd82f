package org.peersupport.supervision.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A specialist's self-rating (1-5) on one competency domain, from one cycle's reflection. */
@Entity
@Table(name = "competency_self_assessment")
public class CompetencySelfAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "specialist_id", nullable = false, length = 64)
  private String specialistId;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 48)
  private CompetencyDomain domain;

  @Column(nullable = false)
  private int rating;

  protected CompetencySelfAssessment() {}

  public CompetencySelfAssessment(String processInstanceId, String specialistId, LocalDate assessedOn,
      CompetencyDomain domain, int rating) {
    this.processInstanceId = processInstanceId;
    this.specialistId = specialistId;
    this.assessedOn = assessedOn;
    this.domain = domain;
    this.rating = rating;
  }

  public String getSpecialistId() {
    return specialistId;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public CompetencyDomain getDomain() {
    return domain;
  }

  public int getRating() {
    return rating;
  }
}
