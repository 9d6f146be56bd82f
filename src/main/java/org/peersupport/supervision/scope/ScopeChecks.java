package org.peersupport.supervision.scope;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The scope check records: one collection with one name, the record of a process instance among them. */
public interface ScopeChecks extends JpaRepository<ScopeCheck, Long> {

  Optional<ScopeCheck> findByProcessInstanceId(String processInstanceId);

  List<ScopeCheck> findBySpecialistIdInOrderByRaisedAtDesc(Collection<String> specialistIds);

  List<ScopeCheck> findAllByOrderByRaisedAtDesc();

  /** The scope check record of a process instance, which the process created at its start. */
  default ScopeCheck of(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no scope check record for this process instance"));
  }
}
