/**
 * Scope checks: the scope-of-practice decision, crisis escalation, mandatory reports, supervisor
 * decisions and overrides, /api/scope-checks.
 */
@ApplicationModule(displayName = "Scope checks", allowedDependencies = {"leadfollowup", "people", "referral", "security", "system", "validation"})
package org.peersupport.supervision.scope;

import org.springframework.modulith.ApplicationModule;
