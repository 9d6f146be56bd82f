package org.peersupport.supervision.cycle;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WellnessCheckIns extends JpaRepository<WellnessCheckIn, Long> {

  Optional<WellnessCheckIn> findByProcessInstanceId(String processInstanceId);
}
