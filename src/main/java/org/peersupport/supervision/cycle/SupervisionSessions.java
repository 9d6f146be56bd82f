package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupervisionSessions extends JpaRepository<SupervisionSession, Long> {

  Optional<SupervisionSession> findByProcessInstanceId(String processInstanceId);

  List<SupervisionSession> findBySpecialistIdAndSessionDateBetweenOrderBySessionDateDesc(String specialistId,
      LocalDate from, LocalDate to);

  /** Signed sessions and minutes per month: rows of year, month, sessions, minutes. */
  @Query("""
      select extract(year from s.sessionDate), extract(month from s.sessionDate), count(s), sum(s.durationMinutes)
      from SupervisionSession s
      where s.specialistId = :specialistId and s.status = org.peersupport.supervision.cycle.SupervisionSession.Status.ATTESTED
        and s.sessionDate between :from and :to
      group by extract(year from s.sessionDate), extract(month from s.sessionDate)
      """)
  List<Object[]> monthlyTotals(@Param("specialistId") String specialistId, @Param("from") LocalDate from,
      @Param("to") LocalDate to);
}
