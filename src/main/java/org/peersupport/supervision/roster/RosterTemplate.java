package org.peersupport.supervision.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * The roster file to start from: the header row and one example person, a peer specialist with a
 * certification, that an import takes as it is (its dates are counted from the day it is downloaded,
 * so they are always valid). Program leads replace the example with their people.
 */
final class RosterTemplate {

  static final String FILE_NAME = "roster-template.csv";

  private RosterTemplate() {}

  static String csv(LocalDate today) {
    List<String> example = List.of("jamie.rivera", "Jamie", "Rivera", "jamie.rivera@example.org", "SPECIALIST", "",
        "State Peer Certification Board", "Certified Peer Specialist", "CPS-000123", "CERTIFIED",
        today.minusYears(1).toString(), today.plusYears(2).toString());
    return String.join(",", RosterRow.COLUMNS) + "\r\n" + String.join(",", example) + "\r\n";
  }
}
