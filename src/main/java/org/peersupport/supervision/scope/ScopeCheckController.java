package org.peersupport.supervision.scope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationship;
import org.peersupport.supervision.referral.HandoffMethod;
import org.peersupport.supervision.referral.LicensedCareReferral;
import org.peersupport.supervision.referral.Referrals;
import org.peersupport.supervision.referral.ProviderType;
import org.peersupport.supervision.referral.ReferralOutcome;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scope checks as each role may see them. The specialist sees their own and their supervisor sees their
 * supervisees', in full. Program leads (and admins) see categories, outcomes, overrides, timings and
 * referral results, never the peer code, the description or other free text about the peer. Anyone
 * else is refused.
 */
@RestController
@RequestMapping("/api/scope-checks")
class ScopeCheckController {

  static final int MAX_LISTED = 500;

  private final ScopeChecks checks;
  private final ScopeOverrides overrides;
  private final Referrals referrals;
  private final Relationships relationships;
  private final CurrentUser currentUser;

  ScopeCheckController(ScopeChecks checks, ScopeOverrides overrides,
      Referrals referrals, Relationships relationships, CurrentUser currentUser) {
    this.checks = checks;
    this.overrides = overrides;
    this.referrals = referrals;
    this.relationships = relationships;
    this.currentUser = currentUser;
  }

  record Timings(Instant raisedAt, Instant decidedAt, Long raisedToDecidedSeconds, Instant supervisorAcknowledgedAt,
      Long crisisToAcknowledgmentSeconds, Instant crisisEscalatedAt, Instant closedAt) {}

  record OverrideView(String supervisorId, ScopeOutcome tableOutcome, ScopeOutcome overriddenTo, String reason,
      Instant overriddenAt) {}

  record CrisisView(Set<CrisisAction> actions, CrisisContact contact, CrisisOutcome outcome, Instant respondedAt,
      boolean mandatoryReportRequired, MandatedReporter reportedBy, ReportAgency reportAgency, LocalDate reportedOn) {}

  record ReferralView(ReferralOutcome outcome, boolean consentGiven, Instant consentRevokedAt, ProviderType providerType,
      HandoffMethod handoffMethod, int followUpAttempts, int supervisorReviews, Instant referredAt, Instant handoffAt,
      Instant connectedAt, Instant closedAt, Long referralToHandoffSeconds, Long handoffToConnectedSeconds) {}

  /** What only the specialist and their supervisor read. */
  record PrivateDetails(String peerCode, String description, String crisisActionOther, String crisisNotes,
      String reportAgencyOther, String reportReference, String signedConsentReference, String disclosureRecipient) {}

  record ScopeCheckView(String id, String specialistId, String specialistName, String supervisorId,
      RequestCategory requestCategory, boolean needUnclear, Set<RiskIndicator> riskIndicators, ScopeOutcome tableOutcome,
      String tableReason, ScopeOutcome outcome, List<OverrideView> overrides, Timings timings, CrisisView crisis,
      ReferralView referral, PrivateDetails privateDetails) {}

  @Operation(summary = "Scope checks",
      description = "The most recent scope checks the caller may see: program leads and administrators "
          + "everyone's without the private details (peer code, description, crisis notes); a supervisor their "
          + "supervisees' and a specialist their own, with them.")
  @ApiResponse(responseCode = "200", description = "The scope checks.")
  @ApiResponse(responseCode = "403", description = "A role without scope checks (not a specialist, supervisor, "
      + "program lead or administrator).")
  @GetMapping
  @Transactional(readOnly = true)
  List<ScopeCheckView> list() {
    String me = currentUser.id();
    if (currentUser.isProgramLead() || currentUser.isAdmin()) {
      return checks.findAllByOrderByRaisedAtDesc().stream().limit(MAX_LISTED).map(c -> view(c, false)).toList();
    }
    List<String> specialists;
    if (currentUser.isIn(ProgramRoles.SUPERVISORS)) {
      specialists = relationships.superviseesOf(me).stream().map(SupervisionRelationship::getSpecialistId).toList();
    } else if (currentUser.isIn(ProgramRoles.SPECIALISTS)) {
      specialists = List.of(me);
    } else {
      throw new NotPermittedException("Your role does not see scope checks.");
    }
    if (specialists.isEmpty()) {
      return List.of();
    }
    return checks.findBySpecialistIdInOrderByRaisedAtDesc(specialists).stream().limit(MAX_LISTED)
        .map(c -> view(c, true)).toList();
  }

  @Operation(summary = "A scope check",
      description = "One scope check by its process instance id: with its private details for the specialist "
          + "and their supervisor, without them for program leads and administrators.")
  @ApiResponse(responseCode = "200", description = "The scope check.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist, their supervisor, a "
      + "program lead or an administrator.")
  @ApiResponse(responseCode = "404", description = "No scope check with this id.")
  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  ScopeCheckView one(@PathVariable String id) {
    String me = currentUser.id();
    ScopeCheck check = checks.findByProcessInstanceId(id)
        .orElseThrow(() -> new NotFoundException("No scope check " + id + "."));
    if (me.equals(check.getSpecialistId()) || relationships.supervises(me, check.getSpecialistId())) {
      return view(check, true);
    }
    if (currentUser.isProgramLead() || currentUser.isAdmin()) {
      return view(check, false);
    }
    throw new NotPermittedException("You can see your own scope checks and your supervisees'.");
  }

  private ScopeCheckView view(ScopeCheck c, boolean full) {
    LicensedCareReferral referral = referrals.findFirstByScopeCheckProcessInstanceIdOrderByReferredAtDesc(
        c.getProcessInstanceId()).orElse(null);
    List<OverrideView> overridden = overrides.findByScopeCheckIdOrderByOverriddenAt(c.getId()).stream()
        .map(o -> new OverrideView(o.getSupervisorId(), o.getDmnOutcome(), o.getOverriddenTo(), o.getReason(),
            o.getOverriddenAt()))
        .toList();
    Timings timings = new Timings(c.getRaisedAt(), c.getDecidedAt(), seconds(c.getRaisedAt(), c.getDecidedAt()),
        c.getSupervisorAcknowledgedAt(), seconds(c.getRaisedAt(), c.getSupervisorAcknowledgedAt()),
        c.getCrisisEscalatedAt(), c.getClosedAt());
    CrisisResponse response = c.getCrisisResponse();
    MandatoryReport report = c.getMandatoryReport();
    CrisisView crisis = c.getDmnOutcome() != ScopeOutcome.CRISIS ? null : new CrisisView(Set.copyOf(c.getCrisisActions()),
        response.getContact(), response.getOutcome(), response.getRespondedAt(), report.isRequired(),
        report.getReportedBy(), report.getAgency(), report.getReportedOn());
    ReferralView referralView = referral == null ? null : new ReferralView(referral.getOutcome(),
        referral.getConsentRecordedAt() != null && referral.getSignedConsent().getReference() != null,
        referral.getRevocation().getRevokedAt(), referral.getHandoff().getProviderType(),
        referral.getHandoff().getMethod(),
        referral.getFollowUpAttempts(), referral.getSupervisorReviews(), referral.getReferredAt(),
        referral.getHandoffAt(), referral.getConnectedAt(), referral.getClosedAt(),
        seconds(referral.getReferredAt(), referral.getHandoffAt()),
        seconds(referral.getHandoffAt(), referral.getConnectedAt()));
    PrivateDetails details = !full ? null : new PrivateDetails(c.getPeerCode(), c.getDescription(),
        response.getActionOther(), response.getNotes(), report.getAgencyOther(), report.getReference(),
        referral == null ? null : referral.getSignedConsent().getReference(),
        referral == null ? null : referral.getSignedConsent().getRecipient());
    return new ScopeCheckView(c.getProcessInstanceId(), c.getSpecialistId(), relationships.displayName(c.getSpecialistId()),
        c.getSupervisorId(), c.getRequestCategory(), c.isNeedUnclear(), Set.copyOf(c.getRiskIndicators()),
        c.getDmnOutcome(), c.getDmnReason(), c.getOutcome(), overridden, timings, crisis, referralView, details);
  }

  private static Long seconds(Instant from, Instant to) {
    return from == null || to == null ? null : Duration.between(from, to).getSeconds();
  }
}
