package org.peersupport.supervision.development;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * SMART development objectives over /api, for the specialist and their own supervisor only (the text
 * is private supervision content: program leads are refused). Either may set one and review it in a
 * later supervision.
 */
@RestController
@RequestMapping("/api")
class DevelopmentObjectiveController {

  static final int LONGEST_OBJECTIVE_IN_DAYS = DevelopmentObjective.LONGEST_IN_DAYS;

  private final DevelopmentObjectives objectives;
  private final Relationships relationships;
  private final CurrentUser currentUser;

  DevelopmentObjectiveController(DevelopmentObjectives objectives, Relationships relationships,
      CurrentUser currentUser) {
    this.objectives = objectives;
    this.relationships = relationships;
    this.currentUser = currentUser;
  }

  record ObjectiveRequest(
      @NotNull CompetencyDomain competency,
      @NotBlank @Size(max = 500) String what,
      @NotBlank @Size(max = 300) String measure,
      @NotBlank @Size(max = 300) String target,
      @NotNull @Future LocalDate dueOn,
      @NotBlank @Size(max = 300) String howReviewed,
      @Size(max = 300) String mechanism) {}

  record ReviewRequest(@NotBlank @Size(max = 1000) String progress, @NotNull ObjectiveStatus status) {}

  record ReviewView(String progress, ObjectiveStatus status, String reviewedBy, Instant reviewedAt) {}

  record ObjectiveView(long id, String specialistId, String supervisorId, CompetencyDomain competency, String what,
      String measure, String target, LocalDate dueOn, String howReviewed, String mechanism, ObjectiveStatus status,
      String createdBy, Instant createdAt, List<ReviewView> reviews) {}

  @Operation(summary = "A specialist's development objectives",
      description = "Their SMART objectives with reviews, optionally only the open ones. Private supervision "
          + "content: for the specialist and their supervisor only.")
  @ApiResponse(responseCode = "200", description = "The objectives.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or their supervisor.")
  @GetMapping("/specialists/{specialistId}/objectives")
  @Transactional(readOnly = true)
  List<ObjectiveView> list(@PathVariable String specialistId, @RequestParam(defaultValue = "false") boolean open) {
    requireSpecialistOrSupervisor(specialistId);
    return objectives.findBySpecialistIdOrderByDueOnAsc(specialistId).stream()
        .filter(o -> !open || !o.getStatus().isClosed()).map(DevelopmentObjectiveController::view).toList();
  }

  @Operation(summary = "Set a development objective",
      description = "An objective the specialist and their supervisor agree, due within a year. For the "
          + "specialist and their supervisor; the specialist needs an active supervisor.")
  @ApiResponse(responseCode = "201", description = "The new objective.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or their supervisor.")
  @PostMapping("/specialists/{specialistId}/objectives")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ObjectiveView create(@PathVariable String specialistId, @Valid @RequestBody ObjectiveRequest request) {
    requireSpecialistOrSupervisor(specialistId);
    String supervisorId = relationships.supervisorOf(specialistId).orElseThrow(() -> FormRejectedException.of(
        "development-objective", "specialistId", "has no active supervisor to agree the objective with"));
    if (request.dueOn().isAfter(LocalDate.now().plusDays(LONGEST_OBJECTIVE_IN_DAYS))) {
      throw FormRejectedException.of("development-objective", "dueOn",
          "must be within " + LONGEST_OBJECTIVE_IN_DAYS + " days");
    }
    DevelopmentObjective objective = objectives.save(new DevelopmentObjective(specialistId, supervisorId,
        request.competency(), request.what().strip(), request.measure().strip(), request.target().strip(),
        request.dueOn(), request.howReviewed().strip(),
        request.mechanism() == null || request.mechanism().isBlank() ? null : request.mechanism().strip(),
        currentUser.id(), Instant.now()));
    return view(objective);
  }

  @Operation(summary = "Review a development objective",
      description = "Progress and the new status, in a later supervision; a closed objective takes no more "
          + "reviews. For the specialist and their supervisor.")
  @ApiResponse(responseCode = "200", description = "The objective with the new review.")
  @ApiResponse(responseCode = "403", description = "The caller is not the objective's specialist or their supervisor.")
  @ApiResponse(responseCode = "404", description = "No objective with this id.")
  @PostMapping("/objectives/{id}/reviews")
  @Transactional
  ObjectiveView review(@PathVariable long id, @Valid @RequestBody ReviewRequest request) {
    DevelopmentObjective objective = objectives.findById(id)
        .orElseThrow(() -> new NotFoundException("No objective " + id + "."));
    requireSpecialistOrSupervisor(objective.getSpecialistId());
    if (objective.getStatus().isClosed()) {
      throw FormRejectedException.of("objective-review", "status", "the objective is already closed");
    }
    objective.review(request.progress().strip(), request.status(), currentUser.id(), Instant.now());
    return view(objective);
  }

  private void requireSpecialistOrSupervisor(String specialistId) {
    String me = currentUser.id();
    if (!me.equals(specialistId) && !relationships.supervises(me, specialistId)) {
      throw new NotPermittedException("Development objectives are for the specialist and their supervisor only.");
    }
  }

  private static ObjectiveView view(DevelopmentObjective o) {
    return new ObjectiveView(o.getId(), o.getSpecialistId(), o.getSupervisorId(), o.getCompetency(), o.getWhat(),
        o.getMeasure(), o.getTarget(), o.getDueOn(), o.getHowReviewed(), o.getMechanism(), o.getStatus(),
        o.getCreatedBy(), o.getCreatedAt(), o.getReviews().stream()
            .map(r -> new ReviewView(r.getProgress(), r.getStatus(), r.getReviewedBy(), r.getReviewedAt())).toList());
  }
}
