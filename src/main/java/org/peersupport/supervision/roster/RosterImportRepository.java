package org.peersupport.supervision.roster;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RosterImportRepository extends JpaRepository<RosterImport, Long> {

  List<RosterImport> findTop100ByOrderByStartedAtDescIdDesc();

  List<RosterImport> findTop100ByImportedByOrderByStartedAtDescIdDesc(String importedBy);

  /** Progress seen at this moment for these imports, as long as they are RUNNING; answers how many. */
  @Modifying
  @Query("update RosterImport i set i.progressAt = :at where i.id in :ids and i.status = :running")
  int progressed(@Param("ids") Collection<Long> ids, @Param("at") Instant at,
      @Param("running") RosterImport.Status running);

  @Query("select i.id from RosterImport i where i.status = :running and i.progressAt < :before order by i.id")
  List<Long> findStalled(@Param("running") RosterImport.Status running, @Param("before") Instant before);

  /**
   * Marks the import interrupted if it is still RUNNING without progress since {@code before} (checked
   * in the same statement, so progress made meanwhile wins); the version moves on, so a node still
   * holding the import cannot write it back as RUNNING. Answers 1 if marked.
   */
  @Modifying
  @Query("update RosterImport i set i.status = :interrupted, i.version = i.version + 1 "
      + "where i.id = :id and i.status = :running and i.progressAt < :before")
  int interrupt(@Param("id") long id, @Param("before") Instant before,
      @Param("running") RosterImport.Status running, @Param("interrupted") RosterImport.Status interrupted);
}
