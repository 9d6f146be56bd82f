package org.peersupport.supervision.system;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every record of a supervision process has, written once: its key, the process instance it
 * belongs to (one record per instance), the specialist and supervisor it is about, and the version
 * that makes a lost concurrent change fail instead of passing unseen.
 */
@MappedSuperclass
public abstract class ProcessRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false, unique = true, length = 64)
  private String processInstanceId;

  @Column(name = "specialist_id", nullable = false, length = 64)
  private String specialistId;

  @Column(name = "supervisor_id", nullable = false, length = 64)
  private String supervisorId;

  @Version
  private long version;

  /** For JPA. */
  protected ProcessRecord() {}

  protected ProcessRecord(String processInstanceId, String specialistId, String supervisorId) {
    this.processInstanceId = processInstanceId;
    this.specialistId = specialistId;
    this.supervisorId = supervisorId;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getSpecialistId() {
    return specialistId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }
}
