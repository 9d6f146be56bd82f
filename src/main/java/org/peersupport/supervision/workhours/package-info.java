/**
 * Supervised work hours and their sign-off (process work-hours-sign-off), the ledger.
 */
@ApplicationModule(displayName = "Supervised work hours", allowedDependencies = {"certification", "leadfollowup", "people", "system", "validation"})
package org.peersupport.supervision.workhours;

import org.springframework.modulith.ApplicationModule;
