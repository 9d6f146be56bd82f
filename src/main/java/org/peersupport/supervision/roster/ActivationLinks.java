package org.peersupport.supervision.roster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The activation links an import issued, held in memory (never in the database, never logged) until the
 * person who ran the import reads the finished report: it shows them exactly once. Links not collected
 * (the report was read on another node, or the application restarted) are not lost for the person: the
 * importer issues a new one ({@code POST /api/roster/users/{id}/activation}).
 */
@Component
class ActivationLinks {

  private final Map<Long, List<Activations.Issued>> waiting = new ConcurrentHashMap<>();

  void hold(long importId, Activations.Issued issued) {
    waiting.computeIfAbsent(importId, id -> new CopyOnWriteArrayList<>()).add(issued);
  }

  /** The import's links that are still valid, handed out once. */
  Map<String, String> collect(long importId) {
    List<Activations.Issued> links = waiting.remove(importId);
    Instant now = Instant.now();
    Map<String, String> byUser = new ConcurrentHashMap<>();
    if (links != null) {
      links.stream().filter(issued -> now.isBefore(issued.expiresAt()))
          .forEach(issued -> byUser.put(issued.userId(), issued.link()));
    }
    return byUser;
  }
}
