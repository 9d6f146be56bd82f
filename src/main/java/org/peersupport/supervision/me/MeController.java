package org.peersupport.supervision.me;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.certification.Certification;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.certification.Credentials;
import org.peersupport.supervision.certification.EducationKind;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.development.DevelopmentObjective;
import org.peersupport.supervision.development.DevelopmentObjectives;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.referral.ConsentForm;
import org.peersupport.supervision.referral.ConsentRevocations;
import org.peersupport.supervision.referral.LicensedCareReferral;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each person's own record: the page {@code /me} (signed in like the dashboard) and its data, the same under
 * {@code /me/...} for the page (changes carry the session's CSRF token) and {@code /api/me/...} for scripts
 * (HTTP Basic). Every code is sent with its words; dates are ISO dates the page writes as "8 Dec 2026".
 */
@RestController
class MeController {

  private final MeAccess access;
  private final MyRecords records;
  private final Relationships relationships;
  private final Credentials credentials;
  private final DevelopmentObjectives objectives;
  private final ConsentRevocations revocations;

  MeController(MeAccess access, MyRecords records, Relationships relationships, Credentials credentials,
      DevelopmentObjectives objectives, ConsentRevocations revocations) {
    this.access = access;
    this.records = records;
    this.relationships = relationships;
    this.credentials = credentials;
    this.objectives = objectives;
    this.revocations = revocations;
  }

  record Who(String userId, String name, boolean specialist, boolean supervisor, boolean programLeadOrAdmin) {}

  record Links(boolean dashboard, boolean roster) {}

  record Choices(List<Labels.Choice> educationKinds, List<Labels.Choice> certificationStages,
      List<Labels.Choice> competencies) {}

  /** What /me shows the person signed in: only the parts their role and relationships allow. */
  record Me(Who who, Links links, MyRecords.OwnRecord own, MyRecords.SupervisorView supervisor, Choices choices) {}

  @GetMapping({"/me", "/me/"})
  ResponseEntity<String> page() throws IOException {
    try (InputStream in = new ClassPathResource("static/me/index.html").getInputStream()) {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Operation(summary = "My record",
      description = "For a specialist their own record (this month against their requirement, signed sessions, "
          + "reflections with feedback and support plans, their wellness plans, work hours, credentials, "
          + "objectives); for a supervisor their team without wellness data, caseload and own training; for a "
          + "program lead or administrator only links. Codes come with their words (…Label).")
  @ApiResponse(responseCode = "200", description = "The record.")
  @ApiResponse(responseCode = "403", description = "The caller has no role in the program.")
  @GetMapping({"/api/me/record", "/me/record.json"})
  Me record() {
    access.requireProgramRole();
    String me = access.me();
    boolean specialist = access.isSpecialist();
    boolean supervisor = access.isSupervisor();
    return new Me(new Who(me, relationships.displayName(me), specialist, supervisor, access.isLeadOrAdmin()),
        new Links(access.seesDashboard(), access.seesRoster()),
        specialist ? records.own(me) : null, supervisor ? records.supervisor(me) : null,
        specialist ? new Choices(Labels.choices(EducationKind.values(), Labels::of),
            Labels.choices(CertificationStage.values(), Labels::of),
            Labels.choices(CompetencyDomain.values(), Labels::of)) : null);
  }

  @Operation(summary = "A supervisee's record",
      description = "The record of one of the caller's supervisees, without any wellness data (no wellness "
          + "answers, plans or ratings). For their supervisor only.")
  @ApiResponse(responseCode = "200", description = "The record.")
  @ApiResponse(responseCode = "403", description = "The caller does not supervise this specialist.")
  @GetMapping({"/api/me/team/{specialistId}", "/me/team/{specialistId}/record.json"})
  MyRecords.SharedRecord supervisee(@PathVariable String specialistId) {
    access.requireSupervisorOf(specialistId);
    return records.shared(specialistId);
  }

  record Added(String message) {}

  @Operation(summary = "Add a certification to my record",
      description = "A specialist records their own certification; its renewal reminders start with it.")
  @ApiResponse(responseCode = "201", description = "Recorded.")
  @ApiResponse(responseCode = "400", description = "A field breaks its rule (named by its label); nothing is saved.")
  @ApiResponse(responseCode = "403", description = "The caller is not a peer specialist.")
  @PostMapping({"/api/me/certifications", "/me/certifications"})
  @ResponseStatus(HttpStatus.CREATED)
  Added addCertification(@RequestBody(required = false) JsonNode body) {
    access.requireSpecialist();
    FormFields form = new FormFields(body);
    String name = form.text("credentialName", "Credential", 200, true);
    String issuingBody = form.text("issuingBody", "Issuing body", 200, true);
    String number = form.matching("credentialNumber", "Credential number", 64, Certification.NUMBER_PATTERN,
        "use the number as it is written on the certificate (letters, digits, spaces and . / _ -)");
    CertificationStage stage = form.choice("stage", "Stage", CertificationStage.class, Labels::of);
    LocalDate issuedOn = form.dateNotAfterToday("issuedOn", "Issued on");
    LocalDate expiresOn = form.dateAfterToday("expiresOn", "Expires on");
    form.check();
    credentials.recordCertification(access.me(), new Credentials.CertificationDetails(issuingBody, name, number,
        stage, issuedOn), expiresOn, access.me());
    return new Added("Your certification " + name + " is recorded; a program lead will verify it.");
  }

  @Operation(summary = "Add training or continuing education to my record",
      description = "A specialist records their own training or continuing-education hours.")
  @ApiResponse(responseCode = "201", description = "Recorded.")
  @ApiResponse(responseCode = "400", description = "A field breaks its rule (named by its label); nothing is saved.")
  @ApiResponse(responseCode = "403", description = "The caller is not a peer specialist.")
  @PostMapping({"/api/me/education", "/me/education"})
  @ResponseStatus(HttpStatus.CREATED)
  Added addEducation(@RequestBody(required = false) JsonNode body) {
    access.requireSpecialist();
    FormFields form = new FormFields(body);
    EducationKind kind = form.choice("kind", "Kind", EducationKind.class, Labels::of);
    String topic = form.text("topic", "Topic", 200, true);
    String provider = form.text("provider", "Provider", 200, true);
    LocalDate completedOn = form.dateNotAfterToday("completedOn", "Completed on");
    BigDecimal hours = form.hours("hours", "Hours", "0.25", "200");
    boolean ethics = form.flag("ethics");
    form.check();
    credentials.recordEducation(access.me(), new Credentials.EducationDetails(kind, topic, provider, completedOn,
        hours, ethics), access.me());
    return new Added(Labels.of(kind) + " \"" + topic + "\" is recorded.");
  }

  @Operation(summary = "Add a development objective to my record",
      description = "A SMART objective the specialist agrees with their supervisor, due within a year.")
  @ApiResponse(responseCode = "201", description = "Recorded.")
  @ApiResponse(responseCode = "400", description = "A field breaks its rule (named by its label); nothing is saved.")
  @ApiResponse(responseCode = "403", description = "The caller is not a peer specialist.")
  @PostMapping({"/api/me/objectives", "/me/objectives"})
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Added addObjective(@RequestBody(required = false) JsonNode body) {
    access.requireSpecialist();
    String me = access.me();
    FormFields form = new FormFields(body);
    CompetencyDomain competency = form.choice("competency", "Competency", CompetencyDomain.class, Labels::of);
    String what = form.text("what", "What I will work on", 500, true);
    String measure = form.text("measure", "How I will measure it", 300, true);
    String target = form.text("target", "Target", 300, true);
    LocalDate dueOn = form.dateAfterToday("dueOn", "Due by");
    if (dueOn != null && dueOn.isAfter(LocalDate.now().plusDays(DevelopmentObjective.LONGEST_IN_DAYS))) {
      form.refuse("dueOn", "Due by", "must be within a year from today");
    }
    String howReviewed = form.text("howReviewed", "How we will review it", 300, true);
    String mechanism = form.text("mechanism", "Support or resources", 300, false);
    String supervisor = relationships.supervisorOf(me).orElse(null);
    if (supervisor == null) {
      form.refuse("supervisor", "Supervisor", "you have no supervisor yet to agree an objective with");
    }
    form.check();
    objectives.save(new DevelopmentObjective(me, supervisor, competency, what, measure, target, dueOn, howReviewed,
        mechanism, me, java.time.Instant.now()));
    return new Added("Your objective is recorded; talk it through with your supervisor at your next session.");
  }

  @Operation(summary = "Record that a peer withdrew their consent to share",
      description = "For one of the specialist's own referrals whose consent is in force: nothing more is shared "
          + "with the licensed-care provider.")
  @ApiResponse(responseCode = "201", description = "Recorded.")
  @ApiResponse(responseCode = "400", description = "A field breaks its rule (named by its label); nothing is saved.")
  @ApiResponse(responseCode = "403", description = "The caller is not a peer specialist.")
  @PostMapping({"/api/me/consent-revocations", "/me/consent-revocations"})
  @ResponseStatus(HttpStatus.CREATED)
  Added revokeConsent(@RequestBody(required = false) JsonNode body) {
    access.requireSpecialist();
    FormFields form = new FormFields(body);
    long referralId = form.id("referralId", "Referral", "choose the peer's referral from the list");
    LicensedCareReferral referral = referralId < 0 ? null : records.referralOf(access.me(), referralId).orElse(null);
    if (referralId >= 0 && referral == null) {
      form.refuse("referralId", "Referral", "choose one of your own referrals from the list");
    }
    LocalDate revokedOn = form.dateNotAfterToday("revokedOn", "Date the peer withdrew consent");
    String reference = form.matching("revocationReference", "Reference of the signed withdrawal", 64,
        ConsentForm.REFERENCE, "use the reference as it is written on the document (letters, digits and . / _ -)");
    form.check();
    revocations.revoke(referral.getScopeCheckProcessInstanceId(), revokedOn, reference);
    return new Added("Recorded: nothing more is shared about " + referral.getPeerCode() + ".");
  }
}
