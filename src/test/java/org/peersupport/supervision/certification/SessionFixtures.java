package org.peersupport.supervision.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.peersupport.supervision.cycle.SessionFormat;
import org.peersupport.supervision.cycle.SupervisionSession;
import org.peersupport.supervision.cycle.SupervisionSessions;

/**
 * Session records in months no other test uses, written straight to the repository (the cycle's own
 * tests cover how the cycle writes them), so that totals are exact in a shared database.
 */
final class SessionFixtures {

  private SessionFixtures() {}

  static SupervisionSession signed(SupervisionSessions sessions, String specialist, String supervisor,
      LocalDate on, int minutes) {
    SupervisionSession session = draft(specialist, supervisor, on, minutes);
    session.attest(Instant.now());
    return sessions.save(session);
  }

  static SupervisionSession unsigned(SupervisionSessions sessions, String specialist, String supervisor,
      LocalDate on, int minutes) {
    return sessions.save(draft(specialist, supervisor, on, minutes));
  }

  private static SupervisionSession draft(String specialist, String supervisor, LocalDate on, int minutes) {
    SupervisionSession session = new SupervisionSession("fixture-" + UUID.randomUUID(), specialist, supervisor);
    session.setSessionDate(on);
    session.setDurationMinutes(minutes);
    session.setSessionFormat(SessionFormat.INDIVIDUAL);
    session.setRecordedAt(Instant.now());
    return session;
  }
}
