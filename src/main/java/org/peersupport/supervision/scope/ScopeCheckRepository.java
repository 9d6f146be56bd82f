package org.peersupport.supervision.scope;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScopeCheckRepository extends JpaRepository<ScopeCheck, Long> {

  Optional<ScopeCheck> findByProcessInstanceId(String processInstanceId);

  List<ScopeCheck> findBySpecialistIdInOrderByRaisedAtDesc(Collection<String> specialistIds);

  List<ScopeCheck> findAllByOrderByRaisedAtDesc();
}
