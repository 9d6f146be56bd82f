package org.peersupport.supervision.roster;

import org.peersupport.supervision.security.ProgramRoles;

/** The role a roster row gives a person, and the Camunda group it stands for. */
enum RosterRole {
  SPECIALIST(ProgramRoles.SPECIALISTS),
  SUPERVISOR(ProgramRoles.SUPERVISORS),
  PROGRAM_LEAD(ProgramRoles.PROGRAM_LEADS);

  private final String group;

  RosterRole(String group) {
    this.group = group;
  }

  String group() {
    return group;
  }
}
