package org.peersupport.supervision.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificationRepository extends JpaRepository<Certification, Long> {

  List<Certification> findBySpecialistIdOrderByExpiresOnDesc(String specialistId);

  List<Certification> findBySpecialistIdInOrderBySpecialistIdAscExpiresOnDesc(Collection<String> specialistIds);

  List<Certification> findAllByOrderBySpecialistIdAscExpiresOnDesc();

  Optional<Certification> findBySpecialistIdAndIssuingBodyAndCredentialNumber(String specialistId,
      String issuingBody, String credentialNumber);
}
