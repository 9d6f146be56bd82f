/**
 * The supervision cycle: the specialist's reflection, the session record, confidential wellness check-
 * in, competency self-assessments, timers, /api/me/work and a specialist's supervision history.
 */
@ApplicationModule(displayName = "Supervision cycle", allowedDependencies = {"disclosure", "leadfollowup", "people", "security", "system", "validation"})
package org.peersupport.supervision.cycle;

import org.springframework.modulith.ApplicationModule;
