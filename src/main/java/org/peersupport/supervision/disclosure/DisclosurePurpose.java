package org.peersupport.supervision.disclosure;

/** Why the specialist shared or acted as they did. */
public enum DisclosurePurpose {
  INSTIL_HOPE,
  NORMALIZE,
  MODEL_RECOVERY_OR_COPING,
  BUILD_CONNECTION,
  OTHER
}
