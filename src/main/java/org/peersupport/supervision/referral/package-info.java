/**
 * Referral to licensed care: Part 2 consent and revocation, warm handoff, follow-up and re-engagement.
 */
@ApplicationModule(displayName = "Referral to licensed care", allowedDependencies = {"people", "security", "system", "validation"})
package org.peersupport.supervision.referral;

import org.springframework.modulith.ApplicationModule;
