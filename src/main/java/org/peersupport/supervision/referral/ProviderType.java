package org.peersupport.supervision.referral;

/** The kind of licensed care the peer is referred to. */
public enum ProviderType {
  PSYCHIATRY,
  PSYCHOTHERAPY,
  PRIMARY_CARE,
  SUBSTANCE_USE_TREATMENT,
  LEGAL_AID,
  OTHER
}
