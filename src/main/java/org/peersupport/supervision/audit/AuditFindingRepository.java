package org.peersupport.supervision.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditFindingRepository extends JpaRepository<AuditFinding, Long> {

  List<AuditFinding> findByReviewIdOrderById(Long reviewId);
}
