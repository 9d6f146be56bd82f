package org.peersupport.supervision.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.peersupport.supervision.cycle.SupervisionSession;
import org.peersupport.supervision.cycle.SupervisionSessions;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.NotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A specialist's credentials: certifications, training and continuing-education hours, and where they
 * stand against the program's renewal requirements ({@code peer-supervision.certification.*}).
 * Recording a certification starts its certification-renewal process in the same transaction.
 */
@Service
public class Credentials {

  /** Certification details as the specialist (or the roster) gives them. */
  public record CertificationDetails(String issuingBody, String credentialName, String credentialNumber,
      CertificationStage stage, LocalDate issuedOn) {}

  public record EducationDetails(EducationKind kind, String topic, String provider, LocalDate completedOn,
      BigDecimal hours, boolean ethics) {}

  /**
   * Hours toward the renewal of one certification, counted within the renewal period that ends on its
   * expiry (both days included): continuing education, of which ethics, and signed supervision.
   */
  public record RenewalProgress(long certificationId, LocalDate periodFrom, LocalDate periodTo,
      BigDecimal continuingEducationHours, BigDecimal ethicsHours, BigDecimal requiredContinuingEducationHours,
      BigDecimal requiredEthicsHours, boolean requirementsMet, long signedSupervisionSessions,
      long signedSupervisionMinutes) {}

  static final int LONGEST_VALIDITY_IN_YEARS = 10;

  private final Certifications certifications;
  private final EducationRecords education;
  private final SupervisionSessions sessions;
  private final CertificationRenewals renewals;
  private final CertificationSettings settings;
  private final Relationships relationships;

  public Credentials(Certifications certifications, EducationRecords education,
      SupervisionSessions sessions, CertificationRenewals renewals, CertificationSettings settings,
      @Lazy Relationships relationships) {
    this.relationships = relationships;
    this.certifications = certifications;
    this.education = education;
    this.sessions = sessions;
    this.renewals = renewals;
    this.settings = settings;
  }

  /** Records a certification and starts its renewal process; refuses a duplicate or impossible dates. */
  @Transactional
  public Certification recordCertification(String specialistId, CertificationDetails details, LocalDate expiresOn,
      String recordedBy) {
    requireSpecialist(specialistId);
    checkDates(details.issuedOn(), expiresOn);
    if (certifications.findBySpecialistIdAndIssuingBodyAndCredentialNumber(specialistId, details.issuingBody(),
        details.credentialNumber()).isPresent()) {
      throw FormRejectedException.of("certification", "credentialNumber",
          "is already recorded for this issuing body");
    }
    Certification certification = new Certification(specialistId, recordedBy, Instant.now());
    certification.describe(details.issuingBody(), details.credentialName(), details.credentialNumber(),
        details.stage(), details.issuedOn());
    certification.firstExpiry(expiresOn);
    certifications.saveAndFlush(certification);
    renewals.start(certification, LocalDate.now());
    return certification;
  }

  @Transactional
  public Certification correctCertification(long id, CertificationDetails details) {
    Certification certification = certification(id);
    checkDates(details.issuedOn(), certification.getExpiresOn());
    Optional<Certification> same = certifications.findBySpecialistIdAndIssuingBodyAndCredentialNumber(
        certification.getSpecialistId(), details.issuingBody(), details.credentialNumber());
    if (same.isPresent() && !same.get().getId().equals(id)) {
      throw FormRejectedException.of("certification", "credentialNumber", "is already recorded for this issuing body");
    }
    certification.describe(details.issuingBody(), details.credentialName(), details.credentialNumber(),
        details.stage(), details.issuedOn());
    return certification;
  }

  /**
   * A later expiry learned from outside (the roster): recorded as a renewal through the certification's
   * renewal process (new period, reminders for the new expiry, verification asked for again).
   */
  @Transactional
  public Certification recordRenewal(long id, LocalDate newExpiresOn, String evidence) {
    Certification certification = certification(id);
    if (!newExpiresOn.isAfter(certification.getExpiresOn())) {
      throw FormRejectedException.of("certification", "expiresOn",
          "must be after the recorded expiry: an expiry moves only forward, by a renewal");
    }
    renewals.recordRenewal(certification, newExpiresOn, evidence);
    return certification(id);
  }

  @Transactional
  public Certification verifyCertification(long id, String by) {
    Certification certification = certification(id);
    certification.verify(by, Instant.now());
    return certification;
  }

  @Transactional
  public EducationRecord recordEducation(String specialistId, EducationDetails details, String recordedBy) {
    requireSpecialist(specialistId);
    EducationRecord record = new EducationRecord(specialistId, recordedBy, Instant.now());
    record.describe(details.kind(), details.topic(), details.provider(), details.completedOn(), details.hours(),
        details.ethics());
    return education.save(record);
  }

  @Transactional
  public EducationRecord correctEducation(long id, EducationDetails details) {
    EducationRecord record = educationRecord(id);
    record.describe(details.kind(), details.topic(), details.provider(), details.completedOn(), details.hours(),
        details.ethics());
    return record;
  }

  @Transactional
  public EducationRecord verifyEducation(long id, String by) {
    EducationRecord record = educationRecord(id);
    record.verify(by, Instant.now());
    return record;
  }

  @Transactional(readOnly = true)
  public Certification certification(long id) {
    return certifications.findById(id).orElseThrow(() -> new NotFoundException("No certification " + id + "."));
  }

  @Transactional(readOnly = true)
  public EducationRecord educationRecord(long id) {
    return education.findById(id).orElseThrow(() -> new NotFoundException("No education record " + id + "."));
  }

  @Transactional(readOnly = true)
  public List<Certification> certificationsOf(String specialistId) {
    return certifications.findBySpecialistIdOrderByExpiresOnDesc(specialistId);
  }

  /** Certifications of the given specialists, or everyone's when {@code specialistIds} is null. */
  @Transactional(readOnly = true)
  public List<Certification> certificationsOf(List<String> specialistIds) {
    if (specialistIds == null) {
      return certifications.findAllByOrderBySpecialistIdAscExpiresOnDesc();
    }
    if (specialistIds.isEmpty()) {
      return List.of();
    }
    return certifications.findBySpecialistIdInOrderBySpecialistIdAscExpiresOnDesc(specialistIds);
  }

  @Transactional(readOnly = true)
  public List<EducationRecord> educationOf(String specialistId) {
    return education.findBySpecialistIdOrderByCompletedOnDesc(specialistId);
  }

  /** Training hours by topic, all time. */
  @Transactional(readOnly = true)
  public Map<String, BigDecimal> trainingHoursByTopic(String specialistId) {
    Map<String, BigDecimal> byTopic = new TreeMap<>();
    for (EducationRecord record : educationOf(specialistId)) {
      if (record.getKind() == EducationKind.TRAINING) {
        byTopic.merge(record.getTopic(), record.getHours(), BigDecimal::add);
      }
    }
    return byTopic;
  }

  /** Progress toward the renewal of the specialist's current certification, if they have one. */
  @Transactional(readOnly = true)
  public Optional<RenewalProgress> renewalProgress(String specialistId) {
    return certificationsOf(specialistId).stream()
        .filter(c -> c.getStatus() != CertificationStatus.NOT_RENEWED)
        .max(Comparator.comparing(Certification::getExpiresOn))
        .map(this::renewalProgress);
  }

  @Transactional(readOnly = true)
  public RenewalProgress renewalProgress(Certification certification) {
    LocalDate to = certification.getExpiresOn();
    LocalDate from = to.minus(settings.renewalPeriod());
    BigDecimal ce = BigDecimal.ZERO;
    BigDecimal ethics = BigDecimal.ZERO;
    for (EducationRecord record : educationOf(certification.getSpecialistId())) {
      if (record.getKind() == EducationKind.CONTINUING_EDUCATION && !record.getCompletedOn().isBefore(from)
          && !record.getCompletedOn().isAfter(to)) {
        ce = ce.add(record.getHours());
        if (record.isEthics()) {
          ethics = ethics.add(record.getHours());
        }
      }
    }
    List<SupervisionSession> signed = sessions.findBySpecialistIdAndSessionDateBetweenOrderBySessionDateDesc(
        certification.getSpecialistId(), from, to).stream().filter(SupervisionSession::isAttested).toList();
    long minutes = signed.stream().mapToLong(SupervisionSession::getDurationMinutes).sum();
    boolean met = ce.compareTo(settings.continuingEducationHoursPerRenewal()) >= 0
        && ethics.compareTo(settings.ethicsHoursPerRenewal()) >= 0;
    return new RenewalProgress(certification.getId(), from, to, ce, ethics,
        settings.continuingEducationHoursPerRenewal(), settings.ethicsHoursPerRenewal(), met, signed.size(), minutes);
  }

  /** Credentials are kept for specialists only (supervisors have their own record). */
  private void requireSpecialist(String userId) {
    if (!relationships.isMember(userId, ProgramRoles.SPECIALISTS)) {
      throw FormRejectedException.of("certification", "specialistId", "must be a user in the group 'specialists'");
    }
  }

  private static void checkDates(LocalDate issuedOn, LocalDate expiresOn) {
    if (!expiresOn.isAfter(issuedOn)) {
      throw new FormRejectedException("certification", List.of(new FieldProblem("expiresOn", "must be after the issue date")));
    }
    if (expiresOn.isAfter(issuedOn.plusYears(LONGEST_VALIDITY_IN_YEARS))) {
      throw new FormRejectedException("certification", List.of(new FieldProblem("expiresOn",
          "must be within " + LONGEST_VALIDITY_IN_YEARS + " years of the issue date")));
    }
  }
}
