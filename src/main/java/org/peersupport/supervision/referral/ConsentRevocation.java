package org.peersupport.supervision.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The peer's written revocation of their consent, a step of its own: the date on the paper, its
 * reference and when it was recorded. All empty while the consent stands.
 */
@Embeddable
public class ConsentRevocation {

  @Column(name = "consent_revoked_on")
  private LocalDate revokedOn;

  @Column(name = "revocation_reference", length = 64)
  private String reference;

  @Column(name = "consent_revoked_at")
  private Instant revokedAt;

  /** Not revoked (and for JPA). */
  protected ConsentRevocation() {}

  ConsentRevocation(LocalDate revokedOn, String reference, Instant revokedAt) {
    this.revokedOn = revokedOn;
    this.reference = reference;
    this.revokedAt = revokedAt;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public String getReference() {
    return reference;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
