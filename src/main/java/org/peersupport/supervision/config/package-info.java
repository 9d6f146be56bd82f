/**
 * Camunda REST customisation and scheduling: how the engine and its REST API are set up.
 */
@ApplicationModule(displayName = "Engine configuration", allowedDependencies = {"system"})
package org.peersupport.supervision.config;

import org.springframework.modulith.ApplicationModule;
