package org.peersupport.supervision.scope;

/** Who made a mandatory report. */
public enum MandatedReporter {
  SPECIALIST,
  SUPERVISOR,
  OTHER_MANDATED_REPORTER
}
