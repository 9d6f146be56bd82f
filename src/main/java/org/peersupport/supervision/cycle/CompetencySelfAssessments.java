package org.peersupport.supervision.cycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetencySelfAssessments extends JpaRepository<CompetencySelfAssessment, Long> {

  List<CompetencySelfAssessment> findByProcessInstanceId(String processInstanceId);

  void deleteByProcessInstanceId(String processInstanceId);

  List<CompetencySelfAssessment> findBySpecialistIdOrderByAssessedOnAscDomainAsc(String specialistId);
}
