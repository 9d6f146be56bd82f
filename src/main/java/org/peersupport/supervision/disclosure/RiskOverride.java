package org.peersupport.supervision.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A supervisor's change of the assessed risk level: who, the written reason kept with the record, and
 * when. The level itself stays with {@link DisclosureReflection}, which audits count. All empty while
 * the assessed level stands.
 */
@Embeddable
public class RiskOverride {

  @Column(name = "risk_overridden_by", length = 64)
  private String by;

  @Column(name = "risk_override_reason", length = 2000)
  private String reason;

  @Column(name = "risk_overridden_at")
  private Instant at;

  /** Not overridden (and for JPA). */
  protected RiskOverride() {}

  RiskOverride(String by, String reason, Instant at) {
    this.by = by;
    this.reason = reason;
    this.at = at;
  }

  public String getBy() {
    return by;
  }

  public String getReason() {
    return reason;
  }

  public Instant getAt() {
    return at;
  }
}
