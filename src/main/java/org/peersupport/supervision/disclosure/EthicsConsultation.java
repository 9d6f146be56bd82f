package org.peersupport.supervision.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The ethics consultation a review asked for: when it was requested, and its outcome and note when it
 * answered. All empty unless a review asked for one.
 */
@Embeddable
public class EthicsConsultation {

  @Column(name = "ethics_requested_at")
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ethics_outcome", length = 40)
  private EthicsConsultationOutcome outcome;

  @Column(name = "ethics_note", length = 2000)
  private String note;

  @Column(name = "ethics_answered_at")
  private Instant answeredAt;

  /** Not requested (and for JPA). */
  protected EthicsConsultation() {}

  void requested(Instant at) {
    this.requestedAt = at;
  }

  void answered(EthicsConsultationOutcome result, String withNote, Instant at) {
    this.outcome = result;
    this.note = withNote;
    this.answeredAt = at;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public EthicsConsultationOutcome getOutcome() {
    return outcome;
  }

  public String getNote() {
    return note;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
