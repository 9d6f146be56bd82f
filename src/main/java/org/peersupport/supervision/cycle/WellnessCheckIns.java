package org.peersupport.supervision.cycle;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WellnessCheckIns extends JpaRepository<WellnessCheckIn, Long> {

  Optional<WellnessCheckIn> findByProcessInstanceId(String processInstanceId);

  /** A specialist's check-ins, newest first: for their own record at /me only, never for anyone else. */
  java.util.List<WellnessCheckIn> findBySpecialistIdOrderByIdDesc(String specialistId);
}
