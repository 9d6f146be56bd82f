package org.peersupport.supervision.certification;

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
import org.peersupport.supervision.forms.FormProblem;
import org.peersupport.supervision.forms.FormRejectedException;
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
  @GetMapping("/certifications")
  List<CertificationView> certifications(@RequestParam(required = false) CertificationStatus status) {
    return credentials.certificationsOf(access.visibleSpecialists()).stream()
        .filter(c -> status == null || c.getStatus() == status).map(this::view).toList();
  }

  @PostMapping("/specialists/{specialistId}/certifications")
  @ResponseStatus(HttpStatus.CREATED)
  CertificationView recordCertification(@PathVariable String specialistId,
      @Valid @RequestBody CertificationRequest request) {
    access.requireEdit(specialistId);
    return view(credentials.recordCertification(specialistId, new Credentials.CertificationDetails(
        request.issuingBody().strip(), request.credentialName().strip(), request.credentialNumber().strip(),
        request.stage(), request.issuedOn()), request.expiresOn(), access.me()));
  }

  @PutMapping("/certifications/{id}")
  CertificationView correctCertification(@PathVariable long id, @Valid @RequestBody CertificationCorrection request) {
    access.requireEdit(credentials.certification(id).getSpecialistId());
    return view(credentials.correctCertification(id, new Credentials.CertificationDetails(
        request.issuingBody().strip(), request.credentialName().strip(), request.credentialNumber().strip(),
        request.stage(), request.issuedOn())));
  }

  @PostMapping("/certifications/{id}/verification")
  CertificationView verifyCertification(@PathVariable long id) {
    access.requireVerify();
    return view(credentials.verifyCertification(id, access.me()));
  }

  @PostMapping("/specialists/{specialistId}/education")
  @ResponseStatus(HttpStatus.CREATED)
  EducationView recordEducation(@PathVariable String specialistId, @Valid @RequestBody EducationRequest request) {
    access.requireEdit(specialistId);
    return view(credentials.recordEducation(specialistId, details(request), access.me()));
  }

  @PutMapping("/education/{id}")
  EducationView correctEducation(@PathVariable long id, @Valid @RequestBody EducationRequest request) {
    access.requireEdit(credentials.educationRecord(id).getSpecialistId());
    return view(credentials.correctEducation(id, details(request)));
  }

  @PostMapping("/education/{id}/verification")
  EducationView verifyEducation(@PathVariable long id) {
    access.requireVerify();
    return view(credentials.verifyEducation(id, access.me()));
  }

  @GetMapping("/specialists/{specialistId}/supervision-requirement")
  SupervisionRequirements.MonthCheck supervisionRequirement(@PathVariable String specialistId,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
    access.requireRead(specialistId);
    return requirements.check(specialistId, month == null ? YearMonth.now() : month);
  }

  /** The supervision-hours statement as a PDF: signed sessions of the months from..to (default: last 12). */
  @GetMapping(value = "/specialists/{specialistId}/supervision-statement", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> supervisionStatement(@PathVariable String specialistId,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
    access.requireRead(specialistId);
    YearMonth last = to == null ? YearMonth.now() : to;
    YearMonth first = from == null ? last.minusMonths(11) : from;
    if (first.isAfter(last) || first.plusMonths(MAX_STATEMENT_MONTHS).isBefore(last)) {
      throw new FormRejectedException("supervision-statement", List.of(new FormProblem("from",
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
