/**
 * Who may come in and do what: HTTP Basic and page sign-in, the edge allow-list of Camunda's REST
 * surface, sign-in throttling, cross-site refusals, response headers, relationship-based task
 * visibility, CurrentUser, Privileged.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"system"})
package org.peersupport.supervision.security;

import org.springframework.modulith.ApplicationModule;
