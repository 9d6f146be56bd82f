package org.peersupport.supervision.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports stopped by a restart: a RUNNING import without progress for {@code stalled-after} (PT10M) is
 * marked INTERRUPTED and says what to do; another node's import that makes progress is left alone. Time
 * moves by setting an import's last progress back in the database, never by waiting.
 */
@ProcessTest
class InterruptedImportTest {

  static final Duration STALLED_AFTER = Duration.ofMinutes(10);

  @LocalServerPort int port;
  @Autowired InterruptedImports interruptedImports;
  @Autowired RosterImportRepository imports;
  @Autowired RosterImportRows rows;
  @Autowired RosterImportQueue queue;
  @Autowired IdentityService identityService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcTemplate jdbc;

  private Http robin() {
    return Http.as(port, "robin");
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return new TransactionTemplate(transactionManager).execute(status -> work.get());
  }

  /** Sets the import's last progress back, as if that much time had passed without any. */
  private void lastProgress(long id, Instant at) {
    inTransaction(() -> imports.progressed(Set.of(id), at, RosterImport.Status.RUNNING));
  }

  private RosterImport reload(long id) {
    return imports.findById(id).orElseThrow();
  }

  /** Holds the import queue until released (the import queued after it waits). */
  private CountDownLatch holdQueue(CountDownLatch reached) {
    CountDownLatch release = new CountDownLatch(1);
    queue.submit(() -> {
      reached.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    return release;
  }

  /** Waits until everything queued so far has run (the queue runs one thing at a time, in order). */
  private void drainQueue() throws InterruptedException {
    CountDownLatch drained = new CountDownLatch(1);
    queue.submit(drained::countDown);
    drained.await();
  }

  @Test
  void aRunningImportWithoutProgressIsMarkedInterruptedAndSaysToImportTheFileAgain() {
    String supervisor = Roster.unique("sup");
    String specialist = Roster.unique("spec");
    byte[] file = Roster.file().person(supervisor, "SUPERVISOR", null).person(specialist, "SPECIALIST", supervisor)
        .bytes();
    // what a restart leaves behind: the supervisor's row applied (the person exists), the specialist's not,
    // and the import still RUNNING with its last progress 11 minutes ago
    Roster.importAs(robin(), Roster.file().person(supervisor, "SUPERVISOR", null).bytes());
    Instant elevenMinutesAgo = Instant.now().minus(STALLED_AFTER).minusSeconds(60);
    long leftBehind = inTransaction(() -> {
      RosterImport started = imports.save(new RosterImport("robin", false, 2, elevenMinutesAgo.minusSeconds(5)));
      rows.save(new RosterImportRow(started.getId(), 2, supervisor, "SUPERVISOR", RowOutcome.CREATED, "user created"));
      started.counted(RowOutcome.CREATED, elevenMinutesAgo);
      return started.getId();
    });
    // another node's import, its last row done 9 minutes ago: alive
    long live = inTransaction(() -> imports.save(new RosterImport("robin", false, 100, Instant.now()))).getId();
    lastProgress(live, Instant.now().minus(STALLED_AFTER).plusSeconds(60));

    // a finished import, however long ago it progressed, is never marked
    long finished = Roster.importAs(robin(), Roster.file().person(Roster.unique("spec"), "SPECIALIST", null).bytes())
        .get("id").asLong();
    jdbc.update("update roster_import set progress_at = ? where id = ?", Timestamp.from(elevenMinutesAgo), finished);

    interruptedImports.markStalled(Instant.now());

    // (the scheduled check may have marked it first: the outcome is the same)
    assertThat(reload(leftBehind).getStatus()).isEqualTo(RosterImport.Status.INTERRUPTED);
    assertThat(reload(live).getStatus()).isEqualTo(RosterImport.Status.RUNNING);
    assertThat(reload(finished).getStatus()).isEqualTo(RosterImport.Status.DONE);
    assertThat(robin().get("/api/roster/imports/" + finished).json().get("message").isNull()).isTrue();
    JsonNode interrupted = robin().get("/api/roster/imports/" + leftBehind).json();
    assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
    assertThat(interrupted.get("processedRows").asInt()).isEqualTo(1);
    assertThat(interrupted.get("message").asText()).startsWith("Interrupted after 1 of 2 rows")
        .contains("Import the file again: rows already applied are reported as unchanged");
    JsonNode applied = Roster.row(interrupted, supervisor);
    assertThat(applied.get("outcome").asText()).isEqualTo("CREATED");
    assertThat(applied.get("awaitingActivation").asBoolean()).as("a new link can be issued").isTrue();
    assertThat(robin().get("/api/roster/imports").json().findValuesAsText("status")).contains("INTERRUPTED");
    assertThat(interruptedImports.markStalled(Instant.now())).as("marked once").doesNotContain(leftBehind);
    assertThat(reload(leftBehind).getStatus()).isEqualTo(RosterImport.Status.INTERRUPTED);

    JsonNode again = Roster.importAs(robin(), file);
    assertThat(Roster.row(again, supervisor).get("outcome").asText()).isEqualTo("UNCHANGED");
    assertThat(Roster.row(again, specialist).get("outcome").asText()).isEqualTo("CREATED");
    inTransaction(() -> {
      reload(live).finish(Instant.now());
      return null;
    });
  }

  @Test
  void importsWaitingBehindARunningOneShowItsProgressAndOneMarkedWhileWaitingIsNotStarted()
      throws InterruptedException {
    String first = Roster.unique("wait");
    String second = Roster.unique("wait");
    String third = Roster.unique("wait");
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch releaseFirst = holdQueue(holding);
    holding.await();
    long a = Roster.start(robin(), "/api/roster/imports", Roster.file().person(first, "SPECIALIST", null).bytes())
        .get("id").asLong();
    CountDownLatch betweenReached = new CountDownLatch(1);
    CountDownLatch releaseBetween = holdQueue(betweenReached);
    long b = Roster.start(robin(), "/api/roster/imports", Roster.file().person(second, "SPECIALIST", null).bytes())
        .get("id").asLong();
    long c = Roster.start(robin(), "/api/roster/imports", Roster.file().person(third, "SPECIALIST", null).bytes())
        .get("id").asLong();
    Instant beforeRunning = Instant.now();
    try {
      // the third marked while it waits (say, by another node that saw no progress for an hour)
      lastProgress(c, Instant.now().minus(Duration.ofHours(1)));
      interruptedImports.markStalled(Instant.now());
      assertThat(reload(c).getStatus()).isEqualTo(RosterImport.Status.INTERRUPTED);
      assertThat(reload(a).getStatus()).isEqualTo(RosterImport.Status.RUNNING);
      assertThat(reload(b).getStatus()).isEqualTo(RosterImport.Status.RUNNING);
      lastProgress(b, Instant.now().minus(STALLED_AFTER).plusSeconds(60));
    } finally {
      releaseFirst.countDown();
    }
    // a ran; b waited behind it (and behind the queue held again), and saw a's progress as its own
    betweenReached.await();
    try {
      assertThat(reload(a).getStatus()).isEqualTo(RosterImport.Status.DONE);
      assertThat(reload(b).getStatus()).isEqualTo(RosterImport.Status.RUNNING);
      assertThat(reload(b).getProgressAt()).isAfterOrEqualTo(beforeRunning);
    } finally {
      releaseBetween.countDown();
    }
    drainQueue();

    assertThat(reload(b).getStatus()).isEqualTo(RosterImport.Status.DONE);
    assertThat(reload(c).getStatus()).isEqualTo(RosterImport.Status.INTERRUPTED);
    assertThat(reload(c).getProcessedRows()).isZero();
    assertThat(identityService.createUserQuery().userIdIn(first, second).count()).isEqualTo(2);
    assertThat(identityService.createUserQuery().userId(third).count()).as("an interrupted import is not started")
        .isZero();
    JsonNode report = robin().get("/api/roster/imports/" + c).json();
    assertThat(report.get("rows")).isEmpty();
    assertThat(report.get("message").asText()).startsWith("Interrupted after 0 of 1 rows");
  }
}
