package org.peersupport.supervision.cycle;

/** Who carries out an action item agreed in supervision. */
public enum ActionItemOwner {
  SPECIALIST,
  SUPERVISOR,
  BOTH
}
