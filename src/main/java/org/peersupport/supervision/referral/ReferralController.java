package org.peersupport.supervision.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A peer's written revocation of their consent, recorded by their specialist or the specialist's supervisor. */
@RestController
@RequestMapping("/api/scope-checks/{scopeCheckId}/referral")
class ReferralController {

  private final ConsentRevocations revocations;
  private final Relationships relationships;
  private final CurrentUser currentUser;

  ReferralController(ConsentRevocations revocations, Relationships relationships, CurrentUser currentUser) {
    this.revocations = revocations;
    this.relationships = relationships;
    this.currentUser = currentUser;
  }

  record ConsentRevocation(
      @NotNull @PastOrPresent LocalDate revokedOn,
      @NotBlank @Size(max = 64) @Pattern(regexp = ConsentForm.REFERENCE,
          message = "must be the revocation's document reference (letters, digits, . / _ -)") String revocationReference) {}

  record RevocationRecorded(ReferralOutcome outcome, Instant consentRevokedAt) {}

  @Operation(summary = "Record the peer's revocation of consent",
      description = "The peer withdrew their consent to share with the licensed-care provider: recorded with "
          + "the revocation's document reference, and nothing more is shared. For the specialist and their supervisor.")
  @ApiResponse(responseCode = "200", description = "The referral's outcome after the revocation.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or their supervisor.")
  @ApiResponse(responseCode = "404", description = "The scope check has no referral.")
  @PostMapping("/consent-revocation")
  RevocationRecorded revoke(@PathVariable String scopeCheckId, @Valid @RequestBody ConsentRevocation request) {
    String me = currentUser.id();
    LicensedCareReferral referral = revocations.referralOf(scopeCheckId);
    if (!me.equals(referral.getSpecialistId()) && !relationships.supervises(me, referral.getSpecialistId())) {
      throw new NotPermittedException("Only the specialist and their supervisor record a revocation.");
    }
    LicensedCareReferral revoked = revocations.revoke(scopeCheckId, request.revokedOn(), request.revocationReference());
    return new RevocationRecorded(revoked.getOutcome(), revoked.getRevocation().getRevokedAt());
  }
}
