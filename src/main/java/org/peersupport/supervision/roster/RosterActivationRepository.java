package org.peersupport.supervision.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RosterActivationRepository extends JpaRepository<RosterActivation, Long> {

  Optional<RosterActivation> findBySelector(String selector);

  List<RosterActivation> findByUserId(String userId);

  List<RosterActivation> findByUserIdIn(Collection<String> userIds);
}
