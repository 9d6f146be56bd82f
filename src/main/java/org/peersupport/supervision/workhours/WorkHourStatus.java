package org.peersupport.supervision.workhours;

/** Where a work-hours entry stands: waiting for the supervisor, signed off (final), or returned for correction. */
public enum WorkHourStatus {
  SUBMITTED,
  SIGNED_OFF,
  RETURNED
}
