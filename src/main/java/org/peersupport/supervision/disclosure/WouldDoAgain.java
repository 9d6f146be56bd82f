package org.peersupport.supervision.disclosure;

/** Would the specialist do it the same way again. */
public enum WouldDoAgain {
  YES,
  WITH_CHANGES,
  NO
}
