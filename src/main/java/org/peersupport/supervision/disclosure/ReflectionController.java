package org.peersupport.supervision.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationship;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disclosure and boundary reflections. The list carries no free text, for anyone: a specialist sees
 * their own, a supervisor their supervisees', a program lead (and an admin) everyone's. The text of
 * one reflection is for the specialist and their own supervisor only; everyone else is refused.
 */
@RestController
@RequestMapping("/api/reflections")
class ReflectionController {

  private static final Logger LOG = LoggerFactory.getLogger(ReflectionController.class);
  static final int MAX_PERIOD_DAYS = 6 * 366;

  private final Reflections repository;
  private final Relationships relationships;
  private final CurrentUser currentUser;

  ReflectionController(Reflections repository, Relationships relationships,
      CurrentUser currentUser) {
    this.repository = repository;
    this.relationships = relationships;
    this.currentUser = currentUser;
  }

  /** A reflection without any of its text: what program leads see. */
  record ReflectionSummary(long id, String specialistId, String specialistName, String supervisorId,
      SituationType situationType, LocalDate situationDate, RiskLevel assessedRisk, RiskLevel riskLevel,
      boolean riskOverridden, ReviewOutcome reviewOutcome, PlanFollowUpOutcome planFollowUpOutcome,
      EthicsConsultationOutcome ethicsOutcome, Instant submittedAt, Instant reviewDueAt, Instant reviewedAt,
      Instant reviewEscalatedAt, Instant closedAt) {}

  /** The whole reflection, with its text: for the specialist and their own supervisor only. */
  record ReflectionDetail(ReflectionSummary summary, String assignedBy, String reflectionRequest,
      String peerCode, String whatHappened, DisclosurePurpose purpose, String purposeOther, NeedsServed needsServed,
      Boolean briefComfortingGesture, String peerResponse, int ownRecoveryDistress, String recoveryEffect,
      WouldDoAgain wouldDoAgain, String doDifferently, String wantFromSupervision, String culturalHumility,
      String riskReason, String riskOverriddenBy, String riskOverrideReason, Instant riskOverriddenAt,
      String feedback, String coachingNote, String correctivePlan, LocalDate planReviewDate, Instant planAgreedAt,
      String specialistComment, String planFollowUpNote, String ethicsNote, boolean wellnessSupportOffered,
      String wellnessSupports, String wellnessNote) {}

  @Operation(summary = "Disclosure reflections",
      description = "Summaries without the reflection's text, filtered by specialist, situation type, risk "
          + "level and submission date (from..to, ISO dates; default the last year). Program leads and "
          + "administrators see everyone's, a supervisor their supervisees', a specialist their own.")
  @ApiResponse(responseCode = "200", description = "The summaries, without text.")
  @ApiResponse(responseCode = "403", description = "Asking for the reflections of a specialist the caller does "
      + "not supervise, or a role without reflections.")
  @GetMapping
  @Transactional(readOnly = true)
  List<ReflectionSummary> list(@RequestParam(required = false) String specialistId,
      @RequestParam(required = false) SituationType type, @RequestParam(required = false) RiskLevel risk,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate last = to == null ? LocalDate.now() : to;
    LocalDate first = from == null ? last.minusYears(1) : from;
    if (first.isAfter(last) || first.plusDays(MAX_PERIOD_DAYS).isBefore(last)) {
      throw new FormRejectedException("reflection-search", List.of(new FieldProblem("from",
          "must be before 'to' and at most " + MAX_PERIOD_DAYS + " days earlier")));
    }
    String me = currentUser.id();
    boolean everyone = currentUser.isProgramLead() || currentUser.isAdmin();
    List<String> specialists;
    if (specialistId != null) {
      if (!me.equals(specialistId) && !relationships.supervises(me, specialistId) && !everyone) {
        throw new NotPermittedException("You can see your own reflections and your supervisees'.");
      }
      specialists = List.of(specialistId);
      everyone = false;
    } else if (everyone) {
      // the query ignores the list when allSpecialists is true; an empty list is not portable SQL
      specialists = List.of("");
    } else if (currentUser.isIn(ProgramRoles.SUPERVISORS)) {
      specialists = relationships.superviseesOf(me).stream().map(SupervisionRelationship::getSpecialistId).toList();
      if (specialists.isEmpty()) {
        return List.of();
      }
    } else if (currentUser.isIn(ProgramRoles.SPECIALISTS)) {
      specialists = List.of(me);
    } else {
      throw new NotPermittedException("Your role does not allow this.");
    }
    return repository.search(everyone, specialists, type, risk, first, last).stream().map(this::summary).toList();
  }

  @Operation(summary = "A reflection with its text",
      description = "The whole reflection, with the specialist's words, the supervisor's feedback and any plan. "
          + "For the specialist and their supervisor only: program leads and administrators read the list "
          + "without text.")
  @ApiResponse(responseCode = "200", description = "The reflection.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or their supervisor.")
  @ApiResponse(responseCode = "404", description = "No reflection with this id.")
  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  ReflectionDetail one(@PathVariable long id) {
    String me = currentUser.id();
    DisclosureReflection r = repository.findById(id)
        .orElseThrow(() -> new NotFoundException("No reflection " + id + "."));
    if (!me.equals(r.getSpecialistId()) && !relationships.supervises(me, r.getSpecialistId())) {
      throw new NotPermittedException(currentUser.isProgramLead()
          ? "A reflection's text is for the specialist and their supervisor; program leads see the list without it."
          : "A reflection is for the specialist and their supervisor only.");
    }
    LOG.info("reflection {} read by {}", id, me);
    RiskOverride override = r.getRiskOverride();
    CorrectivePlan plan = r.getCorrectivePlan();
    WellnessSupportOffer wellness = r.getWellnessSupportOffer();
    return new ReflectionDetail(summary(r), r.getAssignedBy(), r.getReflectionRequest(), r.getPeerCode(),
        r.getWhatHappened(), r.getPurpose(), r.getPurposeOther(), r.getNeedsServed(), r.getBriefComfortingGesture(),
        r.getPeerResponse(), r.getOwnDistress(), r.getRecoveryEffect(), r.getWouldDoAgain(), r.getDoDifferently(),
        r.getWantFromSupervision(), r.getCulturalHumility(), r.getAssessedReason(), override.getBy(),
        override.getReason(), override.getAt(), r.getFeedback(), r.getCoachingNote(),
        plan.getPlan(), plan.getReviewDate(), plan.getAgreedAt(), plan.getSpecialistComment(),
        plan.getFollowUpNote(), r.getEthicsConsultation().getNote(), wellness.isOffered(), wellness.getSupports(),
        wellness.getNote());
  }

  private ReflectionSummary summary(DisclosureReflection r) {
    return new ReflectionSummary(r.getId(), r.getSpecialistId(), relationships.displayName(r.getSpecialistId()),
        r.getSupervisorId(), r.getSituationType(), r.getSituationDate(), r.getAssessedRisk(), r.getRiskLevel(),
        r.getRiskOverride().getAt() != null, r.getReviewOutcome(), r.getCorrectivePlan().getFollowUpOutcome(),
        r.getEthicsConsultation().getOutcome(),
        r.getSubmittedAt(), r.getReviewDueAt(), r.getReviewedAt(), r.getReviewEscalatedAt(), r.getClosedAt());
  }
}
