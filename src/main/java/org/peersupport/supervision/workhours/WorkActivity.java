package org.peersupport.supervision.workhours;

/** What supervised work hours were spent on (the forms use these constant names). */
public enum WorkActivity {
  ONE_TO_ONE_PEER_SUPPORT,
  GROUP_FACILITATION,
  ADVOCACY,
  DOCUMENTATION,
  TRAINING
}
