/**
 * The front door: the servlet filter chain in its order, the API description, the error page.
 */
@ApplicationModule(displayName = "Front door", allowedDependencies = {"privacy", "security", "system", "validation"})
package org.peersupport.supervision.web;

import org.springframework.modulith.ApplicationModule;
