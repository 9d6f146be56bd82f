/**
 * Asking program leads to follow up (process program-lead-follow-up), carrying people and dates, never
 * private content.
 */
@ApplicationModule(displayName = "Program-lead follow-up", allowedDependencies = {"people", "validation"})
package org.peersupport.supervision.leadfollowup;

import org.springframework.modulith.ApplicationModule;
