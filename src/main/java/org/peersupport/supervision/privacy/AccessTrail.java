package org.peersupport.supervision.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The access trail: entries are added and read, never changed or deleted one by one. */
public interface AccessTrail extends Repository<AccessTrailEntry, Long> {

  AccessTrailEntry save(AccessTrailEntry entry);

  @Query("""
      select e from AccessTrailEntry e
      where e.occurredAt >= :from and e.occurredAt < :to and (:userId is null or e.userId = :userId)
      order by e.occurredAt desc, e.id desc
      """)
  List<AccessTrailEntry> find(@Param("from") Instant from, @Param("to") Instant to, @Param("userId") String userId,
      Pageable page);

  long count();
}
