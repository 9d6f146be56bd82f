package org.peersupport.supervision.disclosure;

/** Whose needs it served: "am I sharing to benefit the peer or to unburden myself?" */
public enum NeedsServed {
  PEER,
  MINE,
  BOTH
}
