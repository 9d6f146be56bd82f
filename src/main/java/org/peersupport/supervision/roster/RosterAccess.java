package org.peersupport.supervision.roster;

import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.springframework.stereotype.Component;

/** Program leads and admins import rosters; an import's report is for whoever ran it, and for admins. */
@Component
class RosterAccess {

  private final CurrentUser currentUser;

  RosterAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  /** Whether the signed-in person may import rosters (program leads and admins). */
  boolean mayImport() {
    return currentUser.isProgramLead() || currentUser.isAdmin();
  }

  String requireImporter() {
    String me = currentUser.id();
    if (!mayImport()) {
      throw new NotPermittedException("Program leads and admins import rosters.");
    }
    return me;
  }

  /** Whether the current importer may read the import's report (admins: every import). */
  boolean mayRead(RosterImport rosterImport) {
    return currentUser.isAdmin() || rosterImport.getImportedBy().equals(currentUser.id());
  }

  boolean isAdmin() {
    return currentUser.isAdmin();
  }
}
