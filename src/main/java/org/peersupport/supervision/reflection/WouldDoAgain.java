package org.peersupport.supervision.reflection;

/** Would the specialist do it the same way again. */
public enum WouldDoAgain {
  YES,
  WITH_CHANGES,
  NO
}
