package org.peersupport.supervision.roster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RosterImportRepository extends JpaRepository<RosterImport, Long> {

  List<RosterImport> findTop100ByOrderByStartedAtDescIdDesc();

  List<RosterImport> findTop100ByImportedByOrderByStartedAtDescIdDesc(String importedBy);
}
