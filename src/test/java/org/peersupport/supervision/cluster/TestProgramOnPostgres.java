package org.peersupport.supervision.cluster;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.people.ProgramAuthorizations;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tests' program on PostgreSQL: the application refuses demo mode on any database but H2 (its
 * passwords are the user names), so when the suite runs on PostgreSQL (profile {@code test-postgres})
 * the same users and relationships the tests expect are created here, in the test classpath only.
 */
@Component
@Profile("test-postgres")
class TestProgramOnPostgres {

  private record Person(String id, String firstName, String lastName, String group) {}

  private static final List<Person> PEOPLE = List.of(
      new Person("admin", "Program", "Administrator", ProgramRoles.ADMINS),
      new Person("maria", "Maria", "Alvarez", ProgramRoles.SUPERVISORS),
      new Person("david", "David", "Chen", ProgramRoles.SUPERVISORS),
      new Person("alex", "Alex", "Morgan", ProgramRoles.SPECIALISTS),
      new Person("jordan", "Jordan", "Lee", ProgramRoles.SPECIALISTS),
      new Person("casey", "Casey", "Rivera", ProgramRoles.SPECIALISTS),
      new Person("robin", "Robin", "Patel", ProgramRoles.PROGRAM_LEADS));

  private final ProgramAuthorizations authorizations;
  private final IdentityService identityService;
  private final Relationships relationships;

  TestProgramOnPostgres(ProgramAuthorizations authorizations, IdentityService identityService,
      Relationships relationships) {
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.relationships = relationships;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  @Transactional
  public void seed() {
    authorizations.ensure();
    for (Person person : PEOPLE) {
      if (identityService.createUserQuery().userId(person.id()).count() == 0) {
        User user = identityService.newUser(person.id());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.id() + "@peer-program.example");
        user.setPassword(person.id());
        identityService.saveUser(user);
        identityService.createMembership(person.id(), person.group());
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
