/**
 * Each person's own record at /me: a specialist's supervision, reflections, wellness plans, work hours,
 * credentials and objectives (with forms to add them and to record a peer's consent revocation); a
 * supervisor's team without wellness data, caseload and own training; /api/me/record and /api/me/team.
 */
@ApplicationModule(displayName = "My record", allowedDependencies = {"certification", "cycle", "development",
    "disclosure", "people", "referral", "security", "system", "workhours"})
package org.peersupport.supervision.me;

import org.springframework.modulith.ApplicationModule;
