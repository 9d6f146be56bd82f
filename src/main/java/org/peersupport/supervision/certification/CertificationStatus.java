package org.peersupport.supervision.certification;

/** Whether a certification is current, has expired without a renewal, or will not be renewed. */
public enum CertificationStatus {
  CURRENT,
  EXPIRED,
  NOT_RENEWED
}
