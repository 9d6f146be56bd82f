package org.peersupport.supervision.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/**
 * The peer's consent to share information with a licensed provider, with the elements a consent to
 * disclose substance-use information needs under 42 CFR Part 2 §2.31: who may disclose, to whom, what,
 * for what purpose, until when, that the peer was told of the right to revoke in writing, and the date
 * signed. The signed paper stays with the program: only its reference is recorded, never a name.
 * Refusing is the peer's choice and ends the referral as declined.
 */
@TaskForm("licensed-care-referral-consent")
public record ConsentForm(
    @NotNull ConsentDecision consentDecision,
    @Size(max = 200) String disclosingProgram,
    @Size(max = 200) String disclosureRecipient,
    @Size(max = 500) String informationToDisclose,
    @Size(max = 500) String disclosurePurpose,
    LocalDate consentExpiresOn,
    Boolean revocationRightExplained,
    @PastOrPresent LocalDate consentSignedOn,
    @Size(max = 64) @Pattern(regexp = REFERENCE, message = "must be the consent's document reference (letters, digits, . / _ -)")
    String signedConsentReference) implements CrossFieldChecked {

  public static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9./_-]*";
  static final int LONGEST_CONSENT_YEARS = 1;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (consentDecision != ConsentDecision.GIVEN) {
      return List.of();
    }
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "disclosingProgram", disclosingProgram, "say who may disclose (the program)");
    required(problems, "disclosureRecipient", disclosureRecipient, "say to whom information may be disclosed");
    required(problems, "informationToDisclose", informationToDisclose, "say what information may be disclosed");
    required(problems, "disclosurePurpose", disclosurePurpose, "say for what purpose");
    required(problems, "consentExpiresOn", consentExpiresOn, "say until when the consent lasts");
    if (!Boolean.TRUE.equals(revocationRightExplained)) {
      problems.add(new FieldProblem("revocationRightExplained",
          "must be ticked: the peer was told they may revoke this consent in writing"));
    }
    required(problems, "consentSignedOn", consentSignedOn, "give the date the peer signed");
    required(problems, "signedConsentReference", signedConsentReference, "give the signed consent's reference");
    if (consentExpiresOn != null && !consentExpiresOn.isAfter(LocalDate.now())) {
      problems.add(new FieldProblem("consentExpiresOn", "must be after today"));
    }
    if (consentSignedOn != null && consentSignedOn.isBefore(LocalDate.now().minusYears(LONGEST_CONSENT_YEARS))) {
      problems.add(new FieldProblem("consentSignedOn", "must be within the last year"));
    } else if (consentExpiresOn != null && consentSignedOn != null
        && consentExpiresOn.isAfter(consentSignedOn.plusYears(LONGEST_CONSENT_YEARS))) {
      problems.add(new FieldProblem("consentExpiresOn", "must be within a year of the signature"));
    }
    return problems;
  }

  private static void required(List<FieldProblem> problems, String field, Object value, String message) {
    if (value == null) {
      problems.add(new FieldProblem(field, message));
    }
  }
}
