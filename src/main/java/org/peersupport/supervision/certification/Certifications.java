package org.peersupport.supervision.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Certifications extends JpaRepository<Certification, Long> {

  List<Certification> findBySpecialistIdOrderByExpiresOnDesc(String specialistId);

  List<Certification> findBySpecialistIdInOrderBySpecialistIdAscExpiresOnDesc(Collection<String> specialistIds);

  List<Certification> findAllByOrderBySpecialistIdAscExpiresOnDesc();

  /**
   * Specialist, stage, expiry and id of every certification that is not closed: the rows that decide
   * everyone's current stage, in one query.
   */
  @Query("select c.specialistId, c.stage, c.expiresOn, c.id from Certification c"
      + " where c.status <> org.peersupport.supervision.certification.CertificationStatus.NOT_RENEWED")
  List<Object[]> stagesOfOpenCertifications();

  /**
   * Certifications without a renewal process yet (their window had not opened when they were recorded)
   * that expire on or before {@code expiringBy}, not closed.
   */
  @Query("select c.id from Certification c where c.processInstanceId is null and c.expiresOn <= ?1"
      + " and c.status <> org.peersupport.supervision.certification.CertificationStatus.NOT_RENEWED order by c.id")
  List<Long> waitingForRenewalWindow(java.time.LocalDate expiringBy);

  Optional<Certification> findBySpecialistIdAndIssuingBodyAndCredentialNumber(String specialistId,
      String issuingBody, String credentialNumber);
}
