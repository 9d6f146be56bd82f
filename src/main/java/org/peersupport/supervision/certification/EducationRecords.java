package org.peersupport.supervision.certification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EducationRecords extends JpaRepository<EducationRecord, Long> {

  List<EducationRecord> findBySpecialistIdOrderByCompletedOnDesc(String specialistId);
}
