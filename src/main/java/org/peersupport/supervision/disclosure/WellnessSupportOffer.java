package org.peersupport.supervision.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wellness support offered after a reflection's risk was assessed, and the specialist's answer:
 * which supports they chose and their note (for them and their supervisor only).
 */
@Embeddable
public class WellnessSupportOffer {

  @Column(name = "wellness_support_offered", nullable = false)
  private boolean offered;

  @Column(name = "wellness_supports", length = 500)
  private String supports;

  @Column(name = "wellness_note", length = 2000)
  private String note;

  @Column(name = "wellness_answered_at")
  private Instant answeredAt;

  /** Not offered (and for JPA). */
  protected WellnessSupportOffer() {}

  void offered(boolean offer) {
    this.offered = offer;
  }

  void answered(List<WellnessSupport> chosen, String withNote, Instant at) {
    this.supports = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
    this.note = withNote;
    this.answeredAt = at;
  }

  public boolean isOffered() {
    return offered;
  }

  public String getSupports() {
    return supports;
  }

  public String getNote() {
    return note;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
