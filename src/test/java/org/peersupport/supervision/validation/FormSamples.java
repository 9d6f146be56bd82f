package org.peersupport.supervision.validation;

import java.util.Map;

/**
 * One valid submission for each form of a feature, as Tasklist would send it. Each feature's test
 * package has one implementation; {@link HostileInputTest} finds them all and fails for any form in
 * forms/ that has no sample, so a new form cannot escape the hostile-input suite.
 */
public interface FormSamples {

  /** Form id to a valid submission (a fresh, mutable map on every call). */
  Map<String, Map<String, Object>> samples();
}
