package org.peersupport.supervision.scope;

/** The outcome of a scope check (the scope-of-practice decision's output). */
public enum ScopeOutcome {
  CRISIS,
  REFER,
  CONSULT,
  WITHIN_SCOPE
}
