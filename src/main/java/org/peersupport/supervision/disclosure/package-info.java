/**
 * Disclosure and boundary reflection: the boundary-risk decision, supervisor review, corrective plans,
 * ethics consultation, /api/reflections.
 */
@ApplicationModule(displayName = "Disclosure reflection", allowedDependencies = {"leadfollowup", "people", "security", "system", "validation"})
package org.peersupport.supervision.disclosure;

import org.springframework.modulith.ApplicationModule;
