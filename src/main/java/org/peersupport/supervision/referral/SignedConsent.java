package org.peersupport.supervision.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The consent step's content when the peer gave consent: the 42 CFR Part 2 §2.31 elements and the
 * reference of the signed paper (which stays with the program, never a name). All empty when the
 * peer refused or has not been asked yet.
 */
@Embeddable
public class SignedConsent {

  @Column(name = "disclosing_program", length = 200)
  private String disclosingProgram;

  @Column(name = "disclosure_recipient", length = 200)
  private String recipient;

  @Column(name = "information_to_disclose", length = 500)
  private String informationToDisclose;

  @Column(name = "disclosure_purpose", length = 500)
  private String purpose;

  @Column(name = "consent_expires_on")
  private LocalDate expiresOn;

  @Column(name = "revocation_right_explained")
  private Boolean revocationRightExplained;

  @Column(name = "consent_signed_on")
  private LocalDate signedOn;

  @Column(name = "signed_consent_reference", length = 64)
  private String reference;

  /** No consent signed (and for JPA). */
  protected SignedConsent() {}

  SignedConsent(ConsentForm form) {
    this.disclosingProgram = form.disclosingProgram();
    this.recipient = form.disclosureRecipient();
    this.informationToDisclose = form.informationToDisclose();
    this.purpose = form.disclosurePurpose();
    this.expiresOn = form.consentExpiresOn();
    this.revocationRightExplained = form.revocationRightExplained();
    this.signedOn = form.consentSignedOn();
    this.reference = form.signedConsentReference();
  }

  public String getDisclosingProgram() {
    return disclosingProgram;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getInformationToDisclose() {
    return informationToDisclose;
  }

  public String getPurpose() {
    return purpose;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public Boolean getRevocationRightExplained() {
    return revocationRightExplained;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public String getReference() {
    return reference;
  }
}
