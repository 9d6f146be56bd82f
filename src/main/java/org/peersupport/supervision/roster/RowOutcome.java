package org.peersupport.supervision.roster;

/** What the import did with one row of the file. */
enum RowOutcome {
  /** A new person: user, group membership and what else the row names. */
  CREATED,
  /** The person was there; the row changed something (name, e-mail, role, supervisor, certification). */
  UPDATED,
  /** The person was there exactly as the row describes them: nothing was written. */
  UNCHANGED,
  /** The row breaks a rule (named in the report) and nothing of it was written. */
  REFUSED
}
