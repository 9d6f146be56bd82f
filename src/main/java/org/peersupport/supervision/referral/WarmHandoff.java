package org.peersupport.supervision.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The warm handoff step: to which kind of provider, how, and the appointment date. When it happened
 * stays with {@link LicensedCareReferral}'s timings. All empty until the handoff.
 */
@Embeddable
public class WarmHandoff {

  @Enumerated(EnumType.STRING)
  @Column(name = "provider_type", length = 32)
  private ProviderType providerType;

  @Column(name = "provider_type_other", length = 200)
  private String providerTypeOther;

  @Enumerated(EnumType.STRING)
  @Column(name = "handoff_method", length = 16)
  private HandoffMethod method;

  @Column(name = "appointment_date")
  private LocalDate appointmentDate;

  /** No handoff yet (and for JPA). */
  protected WarmHandoff() {}

  WarmHandoff(WarmHandoffForm form) {
    this.providerType = form.providerType();
    this.providerTypeOther = form.providerTypeOther();
    this.method = form.handoffMethod();
    this.appointmentDate = form.appointmentDate();
  }

  public ProviderType getProviderType() {
    return providerType;
  }

  public String getProviderTypeOther() {
    return providerTypeOther;
  }

  public HandoffMethod getMethod() {
    return method;
  }

  public LocalDate getAppointmentDate() {
    return appointmentDate;
  }
}
