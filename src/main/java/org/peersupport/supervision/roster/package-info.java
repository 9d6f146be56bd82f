/**
 * Roster import from CSV (people, groups, supervision, certifications) with a per-row report, one-time
 * activation links, /api/roster, /roster.
 */
@ApplicationModule(displayName = "Roster", allowedDependencies = {"certification", "people", "privacy", "security", "system", "validation"})
package org.peersupport.supervision.roster;

import org.springframework.modulith.ApplicationModule;
