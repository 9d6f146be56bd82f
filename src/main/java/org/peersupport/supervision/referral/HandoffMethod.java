package org.peersupport.supervision.referral;

/** How the warm handoff was made, with the peer present. */
public enum HandoffMethod {
  ACCOMPANIED,
  JOINT_CALL,
  INTRODUCTION
}
