/**
 * The front door: the servlet filter chain in its order, the API description, the error page.
 */
@ApplicationModule(displayName = "Front door", allowedDependencies = {"people", "privacy", "security", "system", "validation"})
package org.peersupport.supervision.web;

import org.springframework.modulith.ApplicationModule;
