package org.peersupport.supervision.certification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisorTrainings extends JpaRepository<SupervisorTraining, Long> {

  List<SupervisorTraining> findBySupervisorIdOrderByCompletedOnDesc(String supervisorId);
}
