/**
 * The one validation path for every form: the submission check at the HTTP edge, the engine plugin
 * that validates every task and start form, form-only changes, plain text and length limits.
 */
@ApplicationModule(displayName = "Form validation", allowedDependencies = {"security", "system"})
package org.peersupport.supervision.validation;

import org.springframework.modulith.ApplicationModule;
