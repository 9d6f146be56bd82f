package org.peersupport.supervision.scope;

/** Whether the crisis service confirmed it reached the peer. */
public enum CrisisContact {
  CONFIRMED,
  NOT_YET_CONFIRMED,
  COULD_NOT_CONFIRM
}
