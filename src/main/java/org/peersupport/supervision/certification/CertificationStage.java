package org.peersupport.supervision.certification;

/**
 * Where a specialist is on the way to full certification. Each stage has its own supervision rules
 * ({@code peer-supervision.certification.stages}), for example weekly supervision during an initial
 * certification period and every two weeks after it.
 */
public enum CertificationStage {
  INITIAL,
  CERTIFIED
}
