package org.peersupport.supervision.cycle;

public enum SessionFormat {
  INDIVIDUAL,
  GROUP
}
