package org.peersupport.supervision.people;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo program: users whose password is their user name, and who supervises whom. On only for
 * the embedded H2 database; the application refuses to start with demo mode on any other database.
 */
@Component
public class DemoData {

  record DemoUser(String id, String firstName, String lastName, String group) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "Program", "Administrator", ProgramRoles.ADMINS),
      new DemoUser("maria", "Maria", "Alvarez", ProgramRoles.SUPERVISORS),
      new DemoUser("david", "David", "Chen", ProgramRoles.SUPERVISORS),
      new DemoUser("alex", "Alex", "Morgan", ProgramRoles.SPECIALISTS),
      new DemoUser("jordan", "Jordan", "Lee", ProgramRoles.SPECIALISTS),
      new DemoUser("casey", "Casey", "Rivera", ProgramRoles.SPECIALISTS),
      new DemoUser("robin", "Robin", "Patel", ProgramRoles.PROGRAM_LEADS));

  private final boolean enabled;
  private final IdentityService identityService;
  private final Relationships relationships;

  public DemoData(DemoSettings settings, @Value("${spring.datasource.url:}") String datasourceUrl,
      IdentityService identityService, Relationships relationships) {
    this.enabled = settings.enabled();
    this.identityService = identityService;
    this.relationships = relationships;
    if (enabled && !datasourceUrl.startsWith("jdbc:h2:")) {
      throw new IllegalStateException("Demo mode (peer-supervision.demo.enabled) is only for the embedded H2 "
          + "database: its users' passwords are their names. Turn it off for this database.");
    }
  }

  public boolean enabled() {
    return enabled;
  }

  void seed() {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@peer-program.example");
        user.setPassword(demo.id());
        identityService.saveUser(user);
        identityService.setUserInfo(demo.id(), ProductionGuard.DEMO_MARKER, "true");
        identityService.createMembership(demo.id(), demo.group());
      }
    }
    if (relationships.all().isEmpty()) {
      LocalDate today = LocalDate.now();
      relationships.assign("maria", "alex", today);
      relationships.assign("maria", "jordan", today);
      relationships.assign("david", "casey", today);
    }
  }
}
