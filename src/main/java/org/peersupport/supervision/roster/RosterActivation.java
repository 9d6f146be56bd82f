package org.peersupport.supervision.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A one-time activation link of a person an import created: a selector to find it and the SHA-256
 * hash of its secret part (the link itself is never stored), who issued it, until when it is valid,
 * and when it was used.
 */
@Entity
@Table(name = "roster_activation")
class RosterActivation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(nullable = false, length = 32, unique = true)
  private String selector;

  @Column(name = "verifier_hash", nullable = false, length = 64)
  private String verifierHash;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Version
  private long version;

  protected RosterActivation() {}

  RosterActivation(String userId, String selector, String verifierHash, String issuedBy, Instant issuedAt,
      Instant expiresAt) {
    this.userId = userId;
    this.selector = selector;
    this.verifierHash = verifierHash;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  void use(Instant at) {
    this.usedAt = at;
  }

  String getUserId() {
    return userId;
  }

  String getVerifierHash() {
    return verifierHash;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getUsedAt() {
    return usedAt;
  }

  boolean isUsed() {
    return usedAt != null;
  }
}
