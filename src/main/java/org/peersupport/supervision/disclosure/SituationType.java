package org.peersupport.supervision.disclosure;

/** What the reflection is about. The constant names are the values of the form and of {@code boundary-risk}. */
public enum SituationType {
  INTENTIONAL_SELF_DISCLOSURE("Intentional self-disclosure"),
  GIFT_OFFERED_OR_ACCEPTED("Gift offered or accepted"),
  DUAL_RELATIONSHIP("Dual relationship"),
  SOCIAL_MEDIA_CONTACT("Social media contact"),
  CONTACT_OUTSIDE_WORKING_HOURS("Contact outside working hours"),
  PHYSICAL_CONTACT("Physical contact"),
  MONEY_OR_LOAN_REQUEST("Request for money or a loan"),
  ROMANTIC_OR_SEXUAL_APPROACH("Romantic or sexual approach"),
  CLINICAL_ADVICE_REQUESTED("Asked for clinical advice"),
  OTHER("Other boundary situation");

  private final String label;

  SituationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
