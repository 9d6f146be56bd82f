package org.peersupport.supervision.workhours;

/** The specialist's answer to returned work hours: correct and resubmit them, or withdraw them. */
public enum CorrectionDecision {
  RESUBMIT,
  WITHDRAW
}
