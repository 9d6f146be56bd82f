package org.peersupport.supervision.scope;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScopeOverrides extends JpaRepository<ScopeOverride, Long> {

  List<ScopeOverride> findByScopeCheckIdOrderByOverriddenAt(Long scopeCheckId);
}
