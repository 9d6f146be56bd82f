package org.peersupport.supervision.development;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DevelopmentObjectives extends JpaRepository<DevelopmentObjective, Long> {

  List<DevelopmentObjective> findBySpecialistIdOrderByDueOnAsc(String specialistId);
}
