package org.peersupport.supervision.roster;

import org.peersupport.supervision.security.ProgramRoles;

/** The role a roster row gives a person, and the Camunda group it stands for. */
enum RosterRole {
  SPECIALIST(ProgramRoles.SPECIALISTS, "a peer specialist"),
  SUPERVISOR(ProgramRoles.SUPERVISORS, "a supervisor"),
  PROGRAM_LEAD(ProgramRoles.PROGRAM_LEADS, "a program lead");

  private final String group;
  private final String inWords;

  RosterRole(String group, String inWords) {
    this.group = group;
    this.inWords = inWords;
  }

  /** The role as people say it: "a peer specialist". */
  String inWords() {
    return inWords;
  }

  String group() {
    return group;
  }
}
