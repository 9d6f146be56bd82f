package org.peersupport.supervision.roster;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RosterImportRows extends JpaRepository<RosterImportRow, Long> {

  List<RosterImportRow> findByImportIdOrderByLineNumber(long importId);
}
