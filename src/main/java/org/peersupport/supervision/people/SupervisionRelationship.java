package org.peersupport.supervision.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Who supervises whom: a supervisor and one specialist, from a date until it is ended. */
@Entity
@Table(name = "supervision_relationship")
public class SupervisionRelationship {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "supervisor_id", nullable = false, length = 64)
  private String supervisorId;

  @Column(name = "specialist_id", nullable = false, length = 64)
  private String specialistId;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Version
  private long version;

  protected SupervisionRelationship() {}

  public SupervisionRelationship(String supervisorId, String specialistId, LocalDate startedOn) {
    this.supervisorId = supervisorId;
    this.specialistId = specialistId;
    this.startedOn = startedOn;
    this.active = true;
  }

  public void end(LocalDate on) {
    this.active = false;
    this.endedOn = on;
  }

  public Long getId() {
    return id;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public String getSpecialistId() {
    return specialistId;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }
}
