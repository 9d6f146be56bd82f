package org.peersupport.supervision.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who supervises whom. Read by everyone involved; changed by admins and program leads. */
@RestController
@RequestMapping("/api/relationships")
class RelationshipController {

  private final Relationships relationships;
  private final CurrentUser currentUser;

  RelationshipController(Relationships relationships, CurrentUser currentUser) {
    this.relationships = relationships;
    this.currentUser = currentUser;
  }

  record RelationshipView(long id, String supervisorId, String supervisorName, String specialistId,
      String specialistName, boolean active, LocalDate startedOn, LocalDate endedOn) {}

  record NewRelationship(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String supervisorId,
      @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String specialistId) {}

  @Operation(summary = "Supervision relationships",
      description = "Program leads and administrators get every relationship; a supervisor their supervisees'; "
          + "a specialist their own active one. Never refused to a signed-in person.")
  @ApiResponse(responseCode = "200", description = "The relationships.")
  @GetMapping
  List<RelationshipView> list() {
    String me = currentUser.id();
    List<SupervisionRelationship> visible;
    if (currentUser.isAdmin() || currentUser.isProgramLead()) {
      visible = relationships.all();
    } else if (currentUser.isIn(ProgramRoles.SUPERVISORS)) {
      visible = relationships.superviseesOf(me);
    } else {
      visible = relationships.active().stream().filter(r -> r.getSpecialistId().equals(me)).toList();
    }
    return visible.stream().map(this::view).toList();
  }

  @Operation(summary = "Assign a supervisor to a specialist",
      description = "Starts a supervision relationship today. For program leads and administrators.")
  @ApiResponse(responseCode = "201", description = "The new relationship.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RelationshipView assign(@Valid @RequestBody NewRelationship request) {
    requireManager();
    return view(relationships.assign(request.supervisorId(), request.specialistId(), LocalDate.now()));
  }

  @Operation(summary = "End a supervision relationship",
      description = "Ends the relationship today; the supervisor's rights over the specialist's records end "
          + "with it. For program leads and administrators.")
  @ApiResponse(responseCode = "200", description = "The ended relationship.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "404", description = "No supervision relationship with this id.")
  @DeleteMapping("/{id}")
  RelationshipView end(@PathVariable long id) {
    requireManager();
    return relationships.end(id, LocalDate.now()).map(this::view)
        .orElseThrow(() -> new NotFoundException("No supervision relationship " + id + "."));
  }

  private void requireManager() {
    if (!currentUser.isAdmin() && !currentUser.isProgramLead()) {
      throw new NotPermittedException("Only program leads and admins change supervision relationships.");
    }
  }

  private RelationshipView view(SupervisionRelationship r) {
    return new RelationshipView(r.getId(), r.getSupervisorId(), relationships.displayName(r.getSupervisorId()),
        r.getSpecialistId(), relationships.displayName(r.getSpecialistId()), r.isActive(), r.getStartedOn(),
        r.getEndedOn());
  }
}
