package org.peersupport.supervision.audit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditReviews extends JpaRepository<AuditReview, Long> {

  Optional<AuditReview> findByProcessInstanceId(String processInstanceId);
}
