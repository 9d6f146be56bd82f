package org.peersupport.supervision.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A supervisor decided differently from the scope-of-practice table, with a written reason. Kept for
 * audit: program leads see who overrode what, and why. Append-only: never changed or removed.
 */
@Entity
@Table(name = "scope_override")
public class ScopeOverride {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "scope_check_id", nullable = false)
  private Long scopeCheckId;

  @Column(name = "supervisor_id", nullable = false, length = 64)
  private String supervisorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "dmn_outcome", nullable = false, length = 16)
  private ScopeOutcome dmnOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "overridden_to", nullable = false, length = 16)
  private ScopeOutcome overriddenTo;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "overridden_at", nullable = false)
  private Instant overriddenAt;

  protected ScopeOverride() {}

  public ScopeOverride(ScopeCheck check, String supervisorId, ScopeOutcome overriddenTo, String reason, Instant at) {
    this.scopeCheckId = check.getId();
    this.supervisorId = supervisorId;
    this.dmnOutcome = check.getDmnOutcome();
    this.overriddenTo = overriddenTo;
    this.reason = reason;
    this.overriddenAt = at;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("A recorded scope override is part of the audit trail and cannot change.");
  }

  public Long getScopeCheckId() {
    return scopeCheckId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public ScopeOutcome getDmnOutcome() {
    return dmnOutcome;
  }

  public ScopeOutcome getOverriddenTo() {
    return overriddenTo;
  }

  public String getReason() {
    return reason;
  }

  public Instant getOverriddenAt() {
    return overriddenAt;
  }
}
