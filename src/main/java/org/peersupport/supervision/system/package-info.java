/**
 * The ground floor: problem details and field problems, the refusal every room's refusals implement,
 * the one classifier of engine failures for both REST mounts, the process records' common columns,
 * dates. It imports no product package.
 */
@ApplicationModule(displayName = "Ground floor", allowedDependencies = {})
package org.peersupport.supervision.system;

import org.springframework.modulith.ApplicationModule;
