package org.peersupport.supervision.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpActions extends JpaRepository<FollowUpAction, Long> {

  List<FollowUpAction> findByFindingIdInOrderById(Collection<Long> findingIds);

  List<FollowUpAction> findByStatusOrderByDueDate(FollowUpAction.Status status);

  List<FollowUpAction> findByStatusAndSupervisorIdOrderByDueDate(FollowUpAction.Status status, String supervisorId);
}
