package org.peersupport.supervision.cycle;

/** The specialist's answer to a session record: sign it, or send it back with a correction. */
public enum RecordDecision {
  ACKNOWLEDGE,
  REQUEST_CORRECTION
}
