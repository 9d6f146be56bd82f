/**
 * Credentials, continuing education, certification-renewal, stage rules (cadence for the schedule,
 * minimums for the audit), the supervision-hours statement, supervisors' records.
 */
@ApplicationModule(displayName = "Certification", allowedDependencies = {"cycle", "leadfollowup", "people", "security", "system", "validation"})
package org.peersupport.supervision.certification;

import org.springframework.modulith.ApplicationModule;
