package org.peersupport.supervision.me;

import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * Who may see what on /me, default deny: a specialist their own record (with their wellness plans) and
 * adds to it; a supervisor the records of their own supervisees, without wellness data; a program lead or
 * administrator only the way to /dashboard and /roster. Anyone else is refused.
 */
@Component
class MeAccess {

  private final CurrentUser currentUser;
  private final Relationships relationships;

  MeAccess(CurrentUser currentUser, Relationships relationships) {
    this.currentUser = currentUser;
    this.relationships = relationships;
  }

  String me() {
    return currentUser.id();
  }

  boolean isSpecialist() {
    return currentUser.isIn(ProgramRoles.SPECIALISTS);
  }

  boolean isSupervisor() {
    return currentUser.isIn(ProgramRoles.SUPERVISORS);
  }

  boolean isLeadOrAdmin() {
    return currentUser.isProgramLead() || currentUser.isAdmin();
  }

  /** Supervisors, program leads and administrators may open /dashboard (a supervisor for their own team). */
  boolean seesDashboard() {
    return isSupervisor() || isLeadOrAdmin();
  }

  boolean seesRoster() {
    return isLeadOrAdmin();
  }

  void requireProgramRole() {
    if (!isSpecialist() && !isSupervisor() && !isLeadOrAdmin()) {
      throw new NotPermittedException("This page is for the people of the peer support program: specialists, "
          + "supervisors and program leads.");
    }
  }

  /** Only a specialist adds to their own record. */
  void requireSpecialist() {
    if (!isSpecialist()) {
      throw new NotPermittedException("Peer specialists add certifications, continuing education, development "
          + "objectives and consent withdrawals to their own record here.");
    }
  }

  /** Only the specialist's own supervisor sees their record here, and never their wellness data. */
  void requireSupervisorOf(String specialistId) {
    if (!relationships.supervises(me(), specialistId)) {
      throw new NotPermittedException("You can see the records of the people you supervise, and your own.");
    }
  }
}
