/**
 * Development objectives and the competency chart, built on the cycle's self-assessments.
 */
@ApplicationModule(displayName = "Development", allowedDependencies = {"cycle", "people", "security", "system", "validation"})
package org.peersupport.supervision.development;

import org.springframework.modulith.ApplicationModule;
