/**
 * Supervision relationships (who supervises whom), groups and per-role authorizations, Tasklist
 * filters, own password, the demo program.
 */
@ApplicationModule(displayName = "People", allowedDependencies = {"security", "system", "validation"})
package org.peersupport.supervision.people;

import org.springframework.modulith.ApplicationModule;
