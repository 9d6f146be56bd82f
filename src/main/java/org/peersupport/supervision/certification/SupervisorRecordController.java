package org.peersupport.supervision.certification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors' own record over /api: a supervisor records and sees their own trainings and standing;
 * program leads see everyone's standing (lapsed training, over capacity) and verify trainings.
 */
@RestController
@RequestMapping("/api")
class SupervisorRecordController {

  private final SupervisorRecords records;
  private final CurrentUser currentUser;

  SupervisorRecordController(SupervisorRecords records, CurrentUser currentUser) {
    this.records = records;
    this.currentUser = currentUser;
  }

  record TrainingRequest(
      @NotNull SupervisorTrainingKind kind,
      @NotBlank @Size(max = 200) String provider,
      @NotNull @PastOrPresent LocalDate completedOn,
      @NotNull @DecimalMin("0.25") @DecimalMax("200") @Digits(integer = 3, fraction = 2) BigDecimal hours) {}

  record TrainingView(long id, SupervisorTrainingKind kind, String provider, LocalDate completedOn, BigDecimal hours,
      String verifiedBy, Instant verifiedAt) {}

  record SupervisorRecordView(SupervisorRecords.Standing standing, List<TrainingView> trainings) {}

  @Operation(summary = "Supervisors' standing",
      description = "Every supervisor's training and caseload standing (lapsed training, over capacity). For "
          + "program leads and administrators.")
  @ApiResponse(responseCode = "200", description = "Every supervisor's standing.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @GetMapping("/supervisors")
  List<SupervisorRecords.Standing> standings() {
    requireProgramLead();
    return records.standings();
  }

  @Operation(summary = "A supervisor's record",
      description = "Their standing and trainings. For the supervisor themselves, program leads and administrators.")
  @ApiResponse(responseCode = "200", description = "The record.")
  @ApiResponse(responseCode = "403", description = "The caller is not this supervisor, a program lead or an "
      + "administrator.")
  @GetMapping("/supervisors/{supervisorId}/record")
  SupervisorRecordView record(@PathVariable String supervisorId) {
    if (!currentUser.id().equals(supervisorId)) {
      requireProgramLead();
    }
    return new SupervisorRecordView(records.standing(supervisorId),
        records.trainingsOf(supervisorId).stream().map(SupervisorRecordController::view).toList());
  }

  @Operation(summary = "Record a supervisor training",
      description = "A supervisor records their own training (administrators anyone's); program leads verify it.")
  @ApiResponse(responseCode = "201", description = "The recorded training.")
  @ApiResponse(responseCode = "403", description = "The caller is not this supervisor or an administrator.")
  @ApiResponse(responseCode = "404", description = "No supervisor with this user id.")
  @PostMapping("/supervisors/{supervisorId}/training")
  @ResponseStatus(HttpStatus.CREATED)
  TrainingView recordTraining(@PathVariable String supervisorId, @Valid @RequestBody TrainingRequest request) {
    if (!currentUser.id().equals(supervisorId) && !currentUser.isAdmin()) {
      throw new NotPermittedException("Supervisors record their own training; program leads verify it.");
    }
    return view(records.record(supervisorId, request.kind(), request.provider().strip(), request.completedOn(),
        request.hours(), currentUser.id()));
  }

  @Operation(summary = "Verify a supervisor training",
      description = "For program leads and administrators.")
  @ApiResponse(responseCode = "200", description = "The verified training.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "404", description = "No supervisor training with this id.")
  @PostMapping("/supervisor-training/{id}/verification")
  TrainingView verify(@PathVariable long id) {
    requireProgramLead();
    return view(records.verify(id, currentUser.id()));
  }

  private void requireProgramLead() {
    if (!currentUser.isProgramLead() && !currentUser.isAdmin()) {
      throw new NotPermittedException("Program leads see supervisors' records; a supervisor sees their own.");
    }
  }

  private static TrainingView view(SupervisorTraining t) {
    return new TrainingView(t.getId(), t.getKind(), t.getProvider(), t.getCompletedOn(), t.getHours(),
        t.getVerifiedBy(), t.getVerifiedAt());
  }
}
