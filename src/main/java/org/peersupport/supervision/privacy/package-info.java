/**
 * The access trail (who viewed or changed what) and record retention.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = {"security"})
package org.peersupport.supervision.privacy;

import org.springframework.modulith.ApplicationModule;
