package org.peersupport.supervision.people;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real install refuses to start with the demo users or a default administrator password. (The
 * passing case, a non-demo install with a strong first-administrator password, is what the cluster
 * tests start on PostgreSQL.)
 */
@ProcessTest
class ProductionGuardTest {

  @Autowired IdentityService identityService;

  @Test
  void aDatabaseWithTheDemoUsersIsRefusedWhenDemoModeIsOff() {
    // a user marked as the demo program marks its users (on PostgreSQL the test program is not the demo)
    if (identityService.createUserQuery().userId("guard-demo-user").count() == 0) {
      var user = identityService.newUser("guard-demo-user");
      user.setPassword("guard-demo-user");
      identityService.saveUser(user);
      identityService.setUserInfo("guard-demo-user", ProductionGuard.DEMO_MARKER, "true");
    }
    assertThatThrownBy(() -> new ProductionGuard(identityService, "", "").check())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo program's users");
  }

  @Test
  void aDefaultOrShortFirstAdministratorPasswordIsRefused() {
    for (String password : new String[] {"admin", "", "changeme", "short-pw", "Admin"}) {
      assertThatThrownBy(() -> new ProductionGuard(identityService, "admin", password).check())
          .as(password).isInstanceOf(IllegalStateException.class).hasMessageContaining("default or short password");
    }
  }
}
