package org.peersupport.supervision.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The disclosure reflections: one collection with one name, the record of a process instance among
 * them, and the engine's clock for their timings.
 */
public interface Reflections extends JpaRepository<DisclosureReflection, Long> {

  Optional<DisclosureReflection> findByProcessInstanceId(String processInstanceId);

  /** Reflections of the specialists, filtered; a null filter matches everything. */
  @Query("""
      select r from DisclosureReflection r
      where (:allSpecialists = true or r.specialistId in :specialistIds)
        and (:type is null or r.situationType = :type)
        and (:risk is null or r.riskLevel = :risk)
        and r.situationDate between :from and :to
      order by r.situationDate desc, r.id desc""")
  List<DisclosureReflection> search(@Param("allSpecialists") boolean allSpecialists,
      @Param("specialistIds") Collection<String> specialistIds, @Param("type") SituationType type,
      @Param("risk") RiskLevel risk, @Param("from") LocalDate from, @Param("to") LocalDate to);

  List<DisclosureReflection> findBySpecialistIdAndSubmittedAtAfterOrderBySituationDateAsc(String specialistId,
      Instant after);

  /** A specialist's reflections, newest situation first (for their record at /me). */
  List<DisclosureReflection> findBySpecialistIdOrderBySituationDateDescIdDesc(String specialistId);

  /** The reflection record of a process instance, which the process created at its start. */
  default DisclosureReflection of(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId).orElseThrow(() ->
        new IllegalStateException("no reflection record for process instance " + processInstanceId));
  }

  /** Now, by the engine's clock (which tests move). */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
