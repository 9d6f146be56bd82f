package org.peersupport.supervision.development;

/** Where a development objective stands after its latest review. */
public enum ObjectiveStatus {
  OPEN,
  ON_TRACK,
  NEEDS_SUPPORT,
  ACHIEVED,
  REVISED,
  DROPPED;

  boolean isClosed() {
    return this == ACHIEVED || this == REVISED || this == DROPPED;
  }
}
