package org.peersupport.supervision.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionRelationshipRepository extends JpaRepository<SupervisionRelationship, Long> {

  Optional<SupervisionRelationship> findBySpecialistIdAndActiveTrue(String specialistId);

  List<SupervisionRelationship> findBySupervisorIdAndActiveTrueOrderBySpecialistId(String supervisorId);

  List<SupervisionRelationship> findByActiveTrueOrderBySupervisorIdAscSpecialistIdAsc();

  List<SupervisionRelationship> findAllByOrderByActiveDescSupervisorIdAscSpecialistIdAsc();
}
