package org.peersupport.supervision.scope;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The specialist's crisis documentation, one step of a scope check: whom they reached, how it ended and
 * their notes (private to the specialist and their supervisor). The actions taken are a table of their
 * own and stay with {@link ScopeCheck}.
 */
@Embeddable
public class CrisisResponse {

  @Column(name = "crisis_action_other", length = 200)
  private String actionOther;

  @Enumerated(EnumType.STRING)
  @Column(name = "crisis_contact", length = 24)
  private CrisisContact contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "crisis_outcome", length = 32)
  private CrisisOutcome outcome;

  @Column(name = "crisis_notes", length = 2000)
  private String notes;

  @Column(name = "crisis_responded_at")
  private Instant respondedAt;

  /** Not responded yet (and for JPA). */
  protected CrisisResponse() {}

  CrisisResponse(String actionOther, CrisisContact contact, CrisisOutcome outcome, String notes, Instant respondedAt) {
    this.actionOther = actionOther;
    this.contact = contact;
    this.outcome = outcome;
    this.notes = notes;
    this.respondedAt = respondedAt;
  }

  public String getActionOther() {
    return actionOther;
  }

  public CrisisContact getContact() {
    return contact;
  }

  public CrisisOutcome getOutcome() {
    return outcome;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }
}
