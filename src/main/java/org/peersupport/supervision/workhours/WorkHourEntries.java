package org.peersupport.supervision.workhours;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkHourEntries extends JpaRepository<WorkHourEntry, Long> {

  List<WorkHourEntry> findBySpecialistIdOrderByWorkedOnDescIdDesc(String specialistId);

  List<WorkHourEntry> findByProcessInstanceIdAndStatusOrderByWorkedOnAscIdAsc(String processInstanceId,
      WorkHourStatus status);

  List<WorkHourEntry> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);
}
