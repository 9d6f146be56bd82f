package org.peersupport.supervision.cycle;

import java.time.Period;
import java.util.Collection;
import java.util.Map;

/**
 * How often each specialist's supervision cycles are due. The cycle does not decide it: the stage of the
 * specialist's certification does ({@code SupervisionRequirements}), with the program-wide
 * {@code peer-supervision.cycle.cadence} for specialists without one.
 */
public interface CycleCadences {

  /** The cadence of each of the specialists' cycles, looked up for all of them at once. */
  Map<String, Period> cadencesOf(Collection<String> specialistIds);
}
