package org.peersupport.supervision.audit;

/**
 * Where a specialist stands against their monthly minimum of signed sessions and minutes. Only a finished
 * month can be {@link #BELOW_MINIMUM}: a month in progress is {@link #ON_TRACK} while the sessions still
 * needed fit in the days left at one session a week, and {@link #BEHIND} when they no longer do. The
 * words are those of the dashboard's legend; docs/processes.md states the rule.
 */
public enum MinimumStanding {
  MET("Met the minimum"),
  ON_TRACK("On track"),
  BEHIND("Behind"),
  BELOW_MINIMUM("Below the minimum");

  /** The pace at which sessions are still possible in a month in progress: one a week. */
  static final int DAYS_PER_POSSIBLE_SESSION = 7;

  private final String label;

  MinimumStanding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The less good of two standings (the order above, best first). */
  MinimumStanding worse(MinimumStanding other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }
}
