package org.peersupport.supervision.workhours;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.peersupport.supervision.system.ProcessRecord;

/**
 * One day of supervised work hours in a specialist's ledger toward their initial certification, submitted
 * for their supervisor's sign-off (by a work-hours-sign-off process). Signed off, it is final: it cannot
 * be changed or removed (only the retention job removes it once expired). Returned entries stay in the
 * ledger as RETURNED, with the reason; the corrected ones are new entries.
 */
@Entity
@Table(name = "work_hour_entry")
@AttributeOverride(name = "processInstanceId",
    column = @Column(name = "process_instance_id", nullable = false, length = 64))
public class WorkHourEntry extends ProcessRecord {

  @Column(name = "worked_on", nullable = false)
  private LocalDate workedOn;

  @Column(nullable = false, precision = 4, scale = 2)
  private BigDecimal hours;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private WorkActivity activity;

  @Column(length = 200)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private WorkHourStatus status = WorkHourStatus.SUBMITTED;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "signed_by", length = 64)
  private String signedBy;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "returned_by", length = 64)
  private String returnedBy;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "return_reason", length = 500)
  private String returnReason;

  @Transient
  private boolean finalWhenLoaded;

  protected WorkHourEntry() {}

  public WorkHourEntry(String specialistId, String supervisorId, String processInstanceId, LocalDate workedOn,
      BigDecimal hours, WorkActivity activity, String note, Instant submittedAt) {
    super(processInstanceId, specialistId, supervisorId);
    this.workedOn = workedOn;
    this.hours = hours;
    this.activity = activity;
    this.note = note;
    this.submittedAt = submittedAt;
  }

  /** The supervisor signs it off: final from now on. */
  public void signOff(String by, Instant at) {
    requireSubmitted();
    this.status = WorkHourStatus.SIGNED_OFF;
    this.signedBy = by;
    this.signedAt = at;
  }

  /** The supervisor returns it for correction, saying what to correct. */
  public void returnForCorrection(String by, Instant at, String reason) {
    requireSubmitted();
    this.status = WorkHourStatus.RETURNED;
    this.returnedBy = by;
    this.returnedAt = at;
    this.returnReason = reason;
  }

  private void requireSubmitted() {
    if (status == WorkHourStatus.SIGNED_OFF) {
      throw new SignedWorkHoursException();
    }
    if (status != WorkHourStatus.SUBMITTED) {
      throw new IllegalStateException("Only submitted work hours can be signed off or returned.");
    }
  }

  @PostLoad
  void rememberWhetherFinal() {
    finalWhenLoaded = status == WorkHourStatus.SIGNED_OFF;
  }

  @PreUpdate
  @PreRemove
  void refuseChangeOfSignedEntry() {
    if (finalWhenLoaded) {
      throw new SignedWorkHoursException();
    }
  }

  public boolean isSignedOff() {
    return status == WorkHourStatus.SIGNED_OFF;
  }

  public LocalDate getWorkedOn() {
    return workedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public WorkActivity getActivity() {
    return activity;
  }

  public String getNote() {
    return note;
  }

  public WorkHourStatus getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }

  public String getReturnReason() {
    return returnReason;
  }
}
