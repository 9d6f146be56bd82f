package org.peersupport.supervision.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.peersupport.supervision.roster.RosterImport.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks INTERRUPTED the roster imports that are RUNNING but nobody runs any more: their node stopped
 * (a restart, a crash) in the middle. Several nodes share the database and each runs its own imports,
 * so "RUNNING when I start" says nothing; what tells a dead import from another node's live one is that
 * it has shown no progress ({@code progress_at}) for {@code peer-supervision.roster.stalled-after}. A
 * running import shows progress with every row, and so do the imports waiting behind it on its node.
 * Checked at start and every minute, on every node (marking is idempotent).
 */
@Component
class InterruptedImports {

  private static final Logger LOG = LoggerFactory.getLogger(InterruptedImports.class);

  private final RosterImportRepository imports;
  private final RosterProperties properties;

  InterruptedImports(RosterImportRepository imports, RosterProperties properties) {
    this.imports = imports;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
  @Transactional
  public void markStalled() {
    markStalled(Instant.now());
  }

  /** Marks the imports without progress since {@code now} minus the setting; answers their ids. */
  @Transactional
  public List<Long> markStalled(Instant now) {
    Instant before = now.minus(properties.stalledAfter());
    List<Long> marked = new ArrayList<>();
    for (Long id : imports.findStalled(Status.RUNNING, before)) {
      if (imports.interrupt(id, before, Status.RUNNING, Status.INTERRUPTED) == 1) {
        marked.add(id);
      }
    }
    if (!marked.isEmpty()) {
      LOG.warn("roster imports {} marked interrupted: no progress for {}", marked, properties.stalledAfter());
    }
    return marked;
  }
}
