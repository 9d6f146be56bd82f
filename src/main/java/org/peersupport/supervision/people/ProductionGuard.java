package org.peersupport.supervision.people;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A real install (demo mode off) refuses to start while it carries the demo program's users (their
 * passwords are their names) or while the first administrator is configured with a default password.
 */
@Component
class ProductionGuard {

  static final String DEMO_MARKER = "peer-supervision.demo-user";
  static final List<String> DEFAULT_PASSWORDS = List.of("admin", "password", "demo", "camunda", "changeme");

  private final IdentityService identityService;
  private final String adminId;
  private final String adminPassword;

  ProductionGuard(IdentityService identityService, @Value("${camunda.bpm.admin-user.id:}") String adminId,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    this.identityService = identityService;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  void check() {
    if (!adminId.isEmpty() && (adminPassword.isEmpty() || adminPassword.equalsIgnoreCase(adminId)
        || DEFAULT_PASSWORDS.contains(adminPassword.toLowerCase()) || adminPassword.length() < 12)) {
      throw new IllegalStateException("camunda.bpm.admin-user.password is a default or short password: give the "
          + "first administrator a password of at least 12 characters that is not their user name.");
    }
    for (User user : identityService.createUserQuery().list()) {
      if ("true".equals(identityService.getUserInfo(user.getId(), DEMO_MARKER))) {
        throw new IllegalStateException("This database holds the demo program's users (for example '" + user.getId()
            + "', whose password is their name). Demo mode is off: use a database without demo data.");
      }
    }
  }
}
