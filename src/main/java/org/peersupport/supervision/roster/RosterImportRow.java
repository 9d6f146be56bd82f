package org.peersupport.supervision.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of an imported file in the report: its outcome and, as plain sentences, what changed or why
 * it was refused (each reason names the column). Names people by user id only, never by name.
 */
@Entity
@Immutable
@Table(name = "roster_import_row")
class RosterImportRow {

  static final int MAX_DETAILS = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "import_id", nullable = false)
  private long importId;

  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  @Column(name = "user_id", length = 64)
  private String userId;

  @Column(length = 16)
  private String role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RowOutcome outcome;

  @Column(nullable = false, length = MAX_DETAILS)
  private String details;

  protected RosterImportRow() {}

  RosterImportRow(long importId, int lineNumber, String userId, String role, RowOutcome outcome, String details) {
    this.importId = importId;
    this.lineNumber = lineNumber;
    this.userId = userId;
    this.role = role;
    this.outcome = outcome;
    this.details = details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS - 1) + "…" : details;
  }

  long getImportId() {
    return importId;
  }

  int getLineNumber() {
    return lineNumber;
  }

  String getUserId() {
    return userId;
  }

  String getRole() {
    return role;
  }

  RowOutcome getOutcome() {
    return outcome;
  }

  String getDetails() {
    return details;
  }
}
