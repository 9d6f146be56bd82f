package org.peersupport.supervision.roster;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.privacy.AccessTrail;
import org.peersupport.supervision.privacy.AccessTrailEntry;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs roster imports in the background (one at a time, {@link RosterImportQueue}) so that a large
 * file shows its progress. Every row is checked first ({@link RosterChecks}); then supervisors and
 * program leads are applied before specialists (so a specialist's new supervisor exists), each row in a
 * transaction of its own together with its line of the report and the import's counters: a row is
 * written entirely or not at all, and the report says which. A refused row changes nothing.
 *
 * <p>Every row done is progress ({@code progress_at}) for the import and for the imports waiting behind it
 * on this node; an import without progress for a while counts as interrupted ({@link InterruptedImports}).
 * An import marked so (its node seemed gone) is not continued: its next row rolls back and it stops.
 */
@Service
class RosterImports {

  private static final Logger LOG = LoggerFactory.getLogger(RosterImports.class);
  static final String TRAIL_METHOD = "IMPORT";

  private final RosterImportRepository imports;
  private final RosterImportRows rows;
  private final ApplyRosterRow applyRow;
  private final Activations activations;
  private final ActivationLinks links;
  private final AccessTrail trail;
  private final Relationships relationships;
  private final IdentityService identityService;
  private final Validator validator;
  private final RosterImportQueue queue;
  private final TransactionTemplate inNewTransaction;
  /** This node's imports queued behind the running one. */
  private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

  /** The import was marked interrupted while this node still ran it. */
  private static final class Interrupted extends RuntimeException {
    Interrupted() {
      super(null, null, false, false);
    }
  }

  RosterImports(RosterImportRepository imports, RosterImportRows rows, ApplyRosterRow applyRow,
      Activations activations, ActivationLinks links, AccessTrail trail, Relationships relationships,
      IdentityService identityService, Validator validator,
      RosterImportQueue queue,
      PlatformTransactionManager transactionManager) {
    this.imports = imports;
    this.rows = rows;
    this.applyRow = applyRow;
    this.activations = activations;
    this.links = links;
    this.trail = trail;
    this.relationships = relationships;
    this.identityService = identityService;
    this.validator = validator;
    this.queue = queue;
    this.inNewTransaction = new TransactionTemplate(transactionManager);
    this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Records the import (RUNNING, nothing processed) and queues it; answers at once. */
  RosterImport start(List<RosterFile.Line> lines, String importer, boolean dryRun) {
    RosterImport started = inNewTransaction.execute(
        status -> imports.save(new RosterImport(importer, dryRun, lines.size(), Instant.now())));
    waiting.add(started.getId());
    try {
      queue.submit(() -> run(started.getId(), lines, importer, dryRun));
    } catch (TaskRejectedException e) {
      waiting.remove(started.getId());
      inNewTransaction.executeWithoutResult(status -> imports.deleteById(started.getId()));
      throw new ConflictException("Other roster imports are waiting: try again when one of them is done.");
    }
    return started;
  }

  void run(long importId, List<RosterFile.Line> lines, String importer, boolean dryRun) {
    waiting.remove(importId);
    identityService.clearAuthentication();
    if (!progressed(importId)) {
      LOG.warn("roster import {} was marked interrupted while it waited: not started", importId);
      return;
    }
    try {
      RosterChecks.Importer by = new RosterChecks.Importer(importer,
          relationships.isMember(importer, ProgramRoles.ADMINS));
      List<RosterChecks.Checked> checked = RosterChecks.check(lines, validator,
          id -> relationships.isMember(id, ProgramRoles.SUPERVISORS), by);
      List<RosterChecks.Checked> order = new ArrayList<>(checked);
      // people who may be named as supervisors first, then specialists; file order otherwise
      order.sort(Comparator.comparingInt(c -> c.row() != null && c.row().role() == RosterRole.SPECIALIST ? 1 : 0));
      for (RosterChecks.Checked row : order) {
        if (row.refused()) {
          record(importId, row, RowOutcome.REFUSED, reasons(row.problems()));
        } else {
          applyOne(importId, row, by, dryRun);
        }
      }
    } catch (Interrupted e) {
      LOG.warn("roster import {} was marked interrupted while it ran: stopped", importId);
    } catch (RuntimeException e) {
      LOG.error("roster import {} stopped: {}", importId, e.getClass().getName());
    } finally {
      try {
        inNewTransaction.executeWithoutResult(status -> imports.findById(importId)
            .ifPresent(done -> done.finish(Instant.now())));
      } catch (OptimisticLockingFailureException e) {
        LOG.warn("roster import {} was marked interrupted as it finished", importId);
      }
    }
  }

  /** Progress for the import (it started) and those waiting here; false if it is no longer RUNNING. */
  private boolean progressed(long importId) {
    return Boolean.TRUE.equals(inNewTransaction.execute(status -> {
      Instant now = Instant.now();
      if (!waiting.isEmpty()) {
        imports.progressed(Set.copyOf(waiting), now, RosterImport.Status.RUNNING);
      }
      return imports.progressed(Set.of(importId), now, RosterImport.Status.RUNNING) == 1;
    }));
  }

  private void applyOne(long importId, RosterChecks.Checked row, RosterChecks.Importer by, boolean dryRun) {
    String importer = by.userId();
    try {
      Activations.Issued issued = inNewTransaction.execute(status -> {
        ApplyRosterRow.Applied applied = applyRow.apply(row.row(), importId, by, dryRun);
        Activations.Issued link = applied.created() && !dryRun ? activations.issue(row.row().userId(), importer) : null;
        List<String> changes = new ArrayList<>(applied.changes());
        if (link != null) {
          changes.add("activation link issued (valid until " + Dates.shownAt(link.expiresAt()) + ")");
        }
        if (dryRun && applied.outcome() != RowOutcome.UNCHANGED) {
          changes.add(0, "dry run: nothing was written");
        }
        save(importId, row, applied.outcome(), String.join("\n", changes));
        if (!dryRun && applied.outcome() != RowOutcome.UNCHANGED) {
          trail.save(new AccessTrailEntry(Instant.now(), importer, AccessTrailEntry.Action.CHANGE, TRAIL_METHOD,
              "/api/roster/imports/" + importId + "/users/" + row.row().userId(),
              applied.outcome() == RowOutcome.CREATED ? 201 : 200));
        }
        return link;
      });
      if (issued != null) {
        links.hold(importId, issued);
      }
    } catch (FormRejectedException e) {
      record(importId, row, RowOutcome.REFUSED, reasons(RosterChecks.columns(asRosterFields(e.problems()))));
    } catch (Interrupted e) {
      throw e;
    } catch (RuntimeException e) {
      // the row's transaction rolled back; the report says so without the exception's text (it may hold
      // values). If the import was marked interrupted meanwhile, record() finds it so and stops the import.
      LOG.warn("roster import {} line {} not written: {}", importId, row.line().line(), e.getClass().getName());
      record(importId, row, RowOutcome.REFUSED, "row: could not be written because of a problem on our side; "
          + "nothing of it was saved. Import the file again.");
    }
  }

  private void record(long importId, RosterChecks.Checked row, RowOutcome outcome, String details) {
    inNewTransaction.executeWithoutResult(status -> save(importId, row, outcome, details));
  }

  private void save(long importId, RosterChecks.Checked row, RowOutcome outcome, String details) {
    String userId = row.userId();
    String role = row.row() != null && row.row().role() != null ? row.row().role().name() : null;
    RosterImport counting = imports.findById(importId).orElseThrow();
    if (counting.getStatus() != RosterImport.Status.RUNNING) {
      throw new Interrupted();
    }
    Instant now = Instant.now();
    rows.save(new RosterImportRow(importId, row.line().line(),
        userId != null && userId.length() <= 64 ? userId : null, role, outcome, details));
    counting.counted(outcome, now);
    if (!waiting.isEmpty()) {
      imports.progressed(Set.copyOf(waiting), now, RosterImport.Status.RUNNING);
    }
  }

  /** Fields named by the certification and relationship services, as the roster's columns. */
  private static List<FieldProblem> asRosterFields(List<FieldProblem> problems) {
    return problems.stream().map(p -> new FieldProblem(switch (p.field()) {
      case "specialistId" -> "userId";
      case "issuingBody" -> "certificationBody";
      case "stage" -> "certificationStage";
      case "newExpiresOn", "renewalEvidence", "renewalDecision" -> "expiresOn";
      default -> p.field();
    }, p.message())).toList();
  }

  private static String reasons(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::toString).collect(Collectors.joining("\n"));
  }
}
