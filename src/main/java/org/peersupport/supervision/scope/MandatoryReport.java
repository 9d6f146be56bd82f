package org.peersupport.supervision.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The mandatory report step of a scope check: whether abuse or neglect was disclosed (so a report is
 * required), and who reported to which agency, when, under which reference.
 */
@Embeddable
public class MandatoryReport {

  @Column(name = "mandatory_report_required", nullable = false)
  private boolean required;

  @Enumerated(EnumType.STRING)
  @Column(name = "reported_by", length = 32)
  private MandatedReporter reportedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "report_agency", length = 32)
  private ReportAgency agency;

  @Column(name = "report_agency_other", length = 200)
  private String agencyOther;

  @Column(name = "reported_on")
  private LocalDate reportedOn;

  @Column(name = "report_reference", length = 64)
  private String reference;

  @Column(name = "report_recorded_at")
  private Instant recordedAt;

  /** For JPA. */
  protected MandatoryReport() {}

  /** Required or not, and not made yet. */
  MandatoryReport(boolean required) {
    this.required = required;
  }

  /** The report made, by whom to which agency. */
  MandatoryReport made(MandatedReporter by, ReportAgency toAgency, String toAgencyOther, LocalDate on,
      String withReference, Instant at) {
    MandatoryReport made = new MandatoryReport(required);
    made.reportedBy = by;
    made.agency = toAgency;
    made.agencyOther = toAgencyOther;
    made.reportedOn = on;
    made.reference = withReference;
    made.recordedAt = at;
    return made;
  }

  public boolean isRequired() {
    return required;
  }

  public MandatedReporter getReportedBy() {
    return reportedBy;
  }

  public ReportAgency getAgency() {
    return agency;
  }

  public String getAgencyOther() {
    return agencyOther;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public String getReference() {
    return reference;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
