package org.peersupport.supervision.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One import of a roster file: who, when, how far it is, and how many rows ended how. An import RUNNING
 * that shows no progress for a while is nobody's any more (its node stopped): it is marked INTERRUPTED
 * ({@link InterruptedImports}) and never changes again.
 */
@Entity
@Table(name = "roster_import")
class RosterImport {

  enum Status { RUNNING, DONE, INTERRUPTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.RUNNING;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "processed_rows", nullable = false)
  private int processedRows;

  @Column(name = "created_rows", nullable = false)
  private int createdRows;

  @Column(name = "updated_rows", nullable = false)
  private int updatedRows;

  @Column(name = "unchanged_rows", nullable = false)
  private int unchangedRows;

  @Column(name = "refused_rows", nullable = false)
  private int refusedRows;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** When it last showed progress: started, a row done, finished. */
  @Column(name = "progress_at", nullable = false)
  private Instant progressAt;

  @Version
  private long version;

  protected RosterImport() {}

  RosterImport(String importedBy, boolean dryRun, int totalRows, Instant startedAt) {
    this.importedBy = importedBy;
    this.dryRun = dryRun;
    this.totalRows = totalRows;
    this.startedAt = startedAt;
    this.progressAt = startedAt;
  }

  void counted(RowOutcome outcome, Instant at) {
    progressAt = at;
    processedRows++;
    switch (outcome) {
      case CREATED -> createdRows++;
      case UPDATED -> updatedRows++;
      case UNCHANGED -> unchangedRows++;
      case REFUSED -> refusedRows++;
    }
  }

  /** Done, unless it was marked interrupted meanwhile (it then stays so). */
  void finish(Instant at) {
    if (status == Status.RUNNING) {
      status = Status.DONE;
      finishedAt = at;
      progressAt = at;
    }
  }

  Long getId() {
    return id;
  }

  String getImportedBy() {
    return importedBy;
  }

  boolean isDryRun() {
    return dryRun;
  }

  Status getStatus() {
    return status;
  }

  int getTotalRows() {
    return totalRows;
  }

  int getProcessedRows() {
    return processedRows;
  }

  int getCreatedRows() {
    return createdRows;
  }

  int getUpdatedRows() {
    return updatedRows;
  }

  int getUnchangedRows() {
    return unchangedRows;
  }

  int getRefusedRows() {
    return refusedRows;
  }

  Instant getStartedAt() {
    return startedAt;
  }

  Instant getFinishedAt() {
    return finishedAt;
  }

  Instant getProgressAt() {
    return progressAt;
  }
}
