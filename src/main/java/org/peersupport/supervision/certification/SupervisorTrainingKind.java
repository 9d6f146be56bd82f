package org.peersupport.supervision.certification;

/** A supervisor's initial peer-supervisor training, or a later refresher. */
public enum SupervisorTrainingKind {
  INITIAL_TRAINING,
  REFRESHER
}
