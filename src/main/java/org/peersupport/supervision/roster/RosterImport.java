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

/** One import of a roster file: who, when, how far it is, and how many rows ended how. */
@Entity
@Table(name = "roster_import")
class RosterImport {

  enum Status { RUNNING, DONE }

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

  @Version
  private long version;

  protected RosterImport() {}

  RosterImport(String importedBy, boolean dryRun, int totalRows, Instant startedAt) {
    this.importedBy = importedBy;
    this.dryRun = dryRun;
    this.totalRows = totalRows;
    this.startedAt = startedAt;
  }

  void counted(RowOutcome outcome) {
    processedRows++;
    switch (outcome) {
      case CREATED -> createdRows++;
      case UPDATED -> updatedRows++;
      case UNCHANGED -> unchangedRows++;
      case REFUSED -> refusedRows++;
    }
  }

  void finish(Instant at) {
    status = Status.DONE;
    finishedAt = at;
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
}
