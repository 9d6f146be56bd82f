package org.peersupport.supervision.certification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credentials over /api: certifications, training and continuing-education hours, renewal progress,
 * the specialist's supervision requirement and their supervision-hours statement (PDF). Specialists
 * record and correct their own; supervisors see their supervisees'; program leads see everyone's and
 * verify.
 */
@RestController
@RequestMapping("/api")
class CredentialController {

  static final int MAX_STATEMENT_MONTHS = 36;
  static final String CREDENTIAL_NUMBER = Certification.NUMBER_PATTERN;

  private final Credentials credentials;
  private final CredentialAccess access;
  private final Relationships relationships;
  private final SupervisionHoursStatement statement;
  private final SupervisionRequirements requirements;

  CredentialController(Credentials credentials, CredentialAccess access, Relationships relationships,
      SupervisionHoursStatement statement, SupervisionRequirements requirements) {
    this.credentials = credentials;
    this.access = access;
    this.relationships = relationships;
    this.statement = statement;
    this.requirements = requirements;
  }

  record CertificationRequest(
      @NotBlank @Size(max = 200) String issuingBody,
      @NotBlank @Size(max = 200) String credentialName,
      @NotBlank @Size(max = 64) @Pattern(regexp = CREDENTIAL_NUMBER,
          message = "must be the credential's number (letters, digits, . / _ -)") String credentialNumber,
      @NotNull CertificationStage stage,
      @NotNull @PastOrPresent LocalDate issuedOn,
      @NotNull @Future LocalDate expiresOn) {}

  /** A correction of the details; the expiry changes only through a renewal. */
  record CertificationCorrection(
      @NotBlank @Size(max = 200) String issuingBody,
      @NotBlank @Size(max = 200) String credentialName,
      @NotBlank @Size(max = 64) @Pattern(regexp = CREDENTIAL_NUMBER,
          message = "must be the credential's number (letters, digits, . / _ -)") String credentialNumber,
      @NotNull CertificationStage stage,
      @NotNull @PastOrPresent LocalDate issuedOn) {}

  record EducationRequest(
      @NotNull EducationKind kind,
      @NotBlank @Size(max = 200) String topic,
      @NotBlank @Size(max = 200) String provider,
      @NotNull @PastOrPresent LocalDate completedOn,
      @NotNull @DecimalMin("0.25") @DecimalMax("200") @Digits(integer = 3, fraction = 2) BigDecimal hours,
      @NotNull Boolean ethics) {}

  record CertificationView(long id, String specialistId, String specialistName, String issuingBody,
      String credentialName, String credentialNumber, CertificationStage stage, LocalDate issuedOn,
      LocalDate expiresOn, CertificationStatus status, boolean expired, Instant expiredAt, String renewalEvidence,
      Instant renewedAt, String verifiedBy, Instant verifiedAt, String processInstanceId) {}

  record EducationView(long id, EducationKind kind, String topic, String provider, LocalDate completedOn,
      BigDecimal hours, boolean ethics, String verifiedBy, Instant verifiedAt) {}

  record CredentialsView(String specialistId, String specialistName, List<CertificationView> certifications,
      List<EducationView> education, Map<String, BigDecimal> trainingHoursByTopic,
      Credentials.RenewalProgress renewalProgress, SupervisionRequirements.Requirement supervisionRequirement) {}

  @Operation(summary = "A specialist's credentials",
      description = "Certifications, education records, training hours by topic, renewal progress and "
          + "supervision requirement. For the specialist, their supervisor, program leads and administrators.")
  @ApiResponse(responseCode = "200", description = "The credentials.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist, their supervisor, a "
      + "program lead or an administrator.")
  @GetMapping("/specialists/{specialistId}/credentials")
  CredentialsView credentials(@PathVariable String specialistId) {
    access.requireRead(specialistId);
    return new CredentialsView(specialistId, relationships.displayName(specialistId),
        credentials.certificationsOf(specialistId).stream().map(this::view).toList(),
        credentials.educationOf(specialistId).stream().map(CredentialController::view).toList(),
        credentials.trainingHoursByTopic(specialistId),
        credentials.renewalProgress(specialistId).orElse(null),
        requirements.forSpecialist(specialistId));
  }

  /** Certifications I may see, with their status (expired ones flagged): for the dashboard and audits. */
  @Operation(summary = "Certifications the caller may see",
      description = "With their status (expired ones flagged), optionally of one status: program leads and "
          + "administrators everyone's, a supervisor their supervisees', a specialist their own.")
  @ApiResponse(responseCode = "200", description = "The certifications.")
  @ApiResponse(responseCode = "403", description = "A role without credentials (not a specialist, supervisor, "
      + "program lead or administrator).")
  @GetMapping("/certifications")
  List<CertificationView> certifications(@RequestParam(required = false) CertificationStatus status) {
    return credentials.certificationsOf(access.visibleSpecialists()).stream()
        .filter(c -> status == null || c.getStatus() == status).map(this::view).toList();
  }

  @Operation(summary = "Record a certification",
      description = "A specialist records their own certification (administrators anyone's); its renewal "
          + "process starts with it. Program leads verify it afterwards.")
  @ApiResponse(responseCode = "201", description = "The recorded certification.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or an administrator.")
  @PostMapping("/specialists/{specialistId}/certifications")
  @ResponseStatus(HttpStatus.CREATED)
  CertificationView recordCertification(@PathVariable String specialistId,
      @Valid @RequestBody CertificationRequest request) {
    access.requireEdit(specialistId);
    return view(credentials.recordCertification(specialistId, new Credentials.CertificationDetails(
        request.issuingBody().strip(), request.credentialName().strip(), request.credentialNumber().strip(),
        request.stage(), request.issuedOn()), request.expiresOn(), access.me()));
  }

  @Operation(summary = "Correct a certification's details",
      description = "Issuing body, name, number, stage and issue date; the expiry changes only through a "
          + "renewal. For the specialist and administrators.")
  @ApiResponse(responseCode = "200", description = "The corrected certification.")
  @ApiResponse(responseCode = "403", description = "The caller is not the certification's specialist or an "
      + "administrator.")
  @ApiResponse(responseCode = "404", description = "No certification with this id.")
  @PutMapping("/certifications/{id}")
  CertificationView correctCertification(@PathVariable long id, @Valid @RequestBody CertificationCorrection request) {
    access.requireEdit(credentials.certification(id).getSpecialistId());
    return view(credentials.correctCertification(id, new Credentials.CertificationDetails(
        request.issuingBody().strip(), request.credentialName().strip(), request.credentialNumber().strip(),
        request.stage(), request.issuedOn())));
  }

  @Operation(summary = "Verify a certification",
      description = "Marks the certification as checked against the issuing body. For program leads and "
          + "administrators.")
  @ApiResponse(responseCode = "200", description = "The verified certification.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "404", description = "No certification with this id.")
  @PostMapping("/certifications/{id}/verification")
  CertificationView verifyCertification(@PathVariable long id) {
    access.requireVerify();
    return view(credentials.verifyCertification(id, access.me()));
  }

  @Operation(summary = "Record an education record",
      description = "Training or continuing education with its hours: a specialist records their own "
          + "(administrators anyone's).")
  @ApiResponse(responseCode = "201", description = "The recorded education record.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or an administrator.")
  @PostMapping("/specialists/{specialistId}/education")
  @ResponseStatus(HttpStatus.CREATED)
  EducationView recordEducation(@PathVariable String specialistId, @Valid @RequestBody EducationRequest request) {
    access.requireEdit(specialistId);
    return view(credentials.recordEducation(specialistId, details(request), access.me()));
  }

  @Operation(summary = "Correct an education record",
      description = "For the specialist and administrators.")
  @ApiResponse(responseCode = "200", description = "The corrected education record.")
  @ApiResponse(responseCode = "403", description = "The caller is not the record's specialist or an administrator.")
  @ApiResponse(responseCode = "404", description = "No education record with this id.")
  @PutMapping("/education/{id}")
  EducationView correctEducation(@PathVariable long id, @Valid @RequestBody EducationRequest request) {
    access.requireEdit(credentials.educationRecord(id).getSpecialistId());
    return view(credentials.correctEducation(id, details(request)));
  }

  @Operation(summary = "Verify an education record",
      description = "For program leads and administrators.")
  @ApiResponse(responseCode = "200", description = "The verified education record.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "404", description = "No education record with this id.")
  @PostMapping("/education/{id}/verification")
  EducationView verifyEducation(@PathVariable long id) {
    access.requireVerify();
    return view(credentials.verifyEducation(id, access.me()));
  }

  @Operation(summary = "A specialist's supervision requirement for a month",
      description = "What the specialist's certification stage asks for in the month (yyyy-MM; default this "
          + "month) and what their signed sessions meet. For the specialist, their supervisor, program leads "
          + "and administrators.")
  @ApiResponse(responseCode = "200", description = "The month's requirement and what met it.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist, their supervisor, a "
      + "program lead or an administrator.")
  @GetMapping("/specialists/{specialistId}/supervision-requirement")
  SupervisionRequirements.MonthCheck supervisionRequirement(@PathVariable String specialistId,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
    access.requireRead(specialistId);
    return requirements.check(specialistId, month == null ? YearMonth.now() : month);
  }

  /** The supervision-hours statement as a PDF: signed sessions of the months from..to (default: last 12). */
  @Operation(summary = "A specialist's supervision-hours statement",
      description = "A PDF of the signed supervision sessions of the months from..to (yyyy-MM; default the last "
          + "12, at most 36), for a certification body. For the specialist, their supervisor, program leads and "
          + "administrators.")
  @ApiResponse(responseCode = "200", description = "The statement (PDF).")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist, their supervisor, a "
      + "program lead or an administrator.")
  @GetMapping(value = "/specialists/{specialistId}/supervision-statement", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> supervisionStatement(@PathVariable String specialistId,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
    access.requireRead(specialistId);
    YearMonth last = to == null ? YearMonth.now() : to;
    YearMonth first = from == null ? last.minusMonths(11) : from;
    if (first.isAfter(last) || first.plusMonths(MAX_STATEMENT_MONTHS).isBefore(last)) {
      throw new FormRejectedException("supervision-statement", List.of(new FieldProblem("from",
          "must be before 'to' and at most " + MAX_STATEMENT_MONTHS + " months earlier")));
    }
    byte[] pdf = statement.pdf(specialistId, first, last);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("supervision-hours-" + specialistId + "-" + first + "-" + last + ".pdf").build().toString())
        .body(pdf);
  }

  private static Credentials.EducationDetails details(EducationRequest request) {
    return new Credentials.EducationDetails(request.kind(), request.topic().strip(), request.provider().strip(),
        request.completedOn(), request.hours(), request.ethics());
  }

  private CertificationView view(Certification c) {
    return new CertificationView(c.getId(), c.getSpecialistId(), relationships.displayName(c.getSpecialistId()),
        c.getIssuingBody(), c.getCredentialName(), c.getCredentialNumber(), c.getStage(), c.getIssuedOn(),
        c.getExpiresOn(), c.getStatus(), c.isExpired(), c.getExpiredAt(), c.getRenewalEvidence(), c.getRenewedAt(),
        c.getVerifiedBy(), c.getVerifiedAt(), c.getProcessInstanceId());
  }

  private static EducationView view(EducationRecord e) {
    return new EducationView(e.getId(), e.getKind(), e.getTopic(), e.getProvider(), e.getCompletedOn(), e.getHours(),
        e.isEthics(), e.getVerifiedBy(), e.getVerifiedAt());
  }
}
