/**
 * The scope-compliance audit: an assembler of each room's figures (never free text, never wellness),
 * scope-audit with findings and follow-up actions, /api/audit, /dashboard.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"certification", "cycle", "disclosure", "people", "referral", "scope", "security", "system", "validation"})
package org.peersupport.supervision.audit;

import org.springframework.modulith.ApplicationModule;
