package org.peersupport.supervision.reflection;

/** Whose needs it served: "am I sharing to benefit the peer or to unburden myself?" */
public enum NeedsServed {
  PEER,
  MINE,
  BOTH
}
