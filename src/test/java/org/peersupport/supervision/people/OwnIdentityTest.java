package org.peersupport.supervision.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * People do not edit or delete their own identity (names flow into task names, reports, CSV and PDF):
 * neither over either REST mount nor through the engine's identity service. Names and e-mail come from
 * the roster or an administrator; a person changes only their password (PasswordChangeTest).
 */
@ProcessTest
class OwnIdentityTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ProgramAuthorizations programAuthorizations;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void jordanCannotRenameHimselfOverEngineRest() {
    Http.Reply reply = Http.as(port, "jordan").put("/engine-rest/user/jordan/profile",
        Map.of("id", "jordan", "firstName", "Maria", "lastName", "Alvarez", "email", "maria@peer-program.example"));

    assertThat(reply.status()).isEqualTo(403);
    User jordan = jordan();
    assertThat(jordan.getFirstName()).isEqualTo("Jordan");
    assertThat(jordan.getLastName()).isEqualTo("Lee");
    assertThat(jordan.getEmail()).isEqualTo("jordan@peer-program.example");
  }

  @Test
  void jordanCannotRenameHimselfThroughTasklistsMount() {
    Http session = Http.tasklistSession(port, "jordan");

    Http.Reply reply = session.put("/camunda/api/engine/engine/default/user/jordan/profile",
        Map.of("id", "jordan", "firstName", "Maria", "lastName", "Alvarez"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(jordan().getFirstName()).isEqualTo("Jordan");
  }

  @Test
  void jordanChangesHisPasswordOnlyThroughTheProductsEndpoint() {
    Http.Reply reply = Http.as(port, "jordan").put("/engine-rest/user/jordan/credentials",
        Map.of("password", "a-new-password-1", "authenticatedUserPassword", "jordan"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(identityService.checkPassword("jordan", "jordan")).isTrue();
  }

  @Test
  void jordanCannotDeleteHimselfOverEngineRest() {
    Http.Reply reply = Http.as(port, "jordan").delete("/engine-rest/user/jordan");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(jordan()).isNotNull();
  }

  @Test
  void theEngineRefusesJordansEditOfHisOwnUser() {
    User mine = jordan();
    identityService.setAuthentication("jordan", List.of(ProgramRoles.SPECIALISTS));
    mine.setFirstName("Maria");

    assertThatThrownBy(() -> identityService.saveUser(mine)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> identityService.deleteUser("jordan")).isInstanceOf(AuthorizationException.class);

    identityService.clearAuthentication();
    assertThat(jordan().getFirstName()).isEqualTo("Jordan");
  }

  @Test
  void aNewUserMayReadTheirOwnUserAndNothingMore() {
    String id = "own-identity-new";
    if (identityService.createUserQuery().userId(id).count() == 0) {
      identityService.saveUser(identityService.newUser(id));
    }

    Authorization own = authorizationService.createAuthorizationQuery().userIdIn(id).resourceType(Resources.USER)
        .resourceId(id).singleResult();

    assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(own.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(own.isPermissionGranted(Permissions.DELETE)).isFalse();
  }

  @Test
  void anExistingGrantOfAllOnOnesOwnUserIsCutDownToReadAtStart() {
    String id = "own-identity-legacy";
    if (identityService.createUserQuery().userId(id).count() == 0) {
      identityService.saveUser(identityService.newUser(id));
    }
    // as Camunda's default provider left it on existing installs
    Authorization own = authorizationService.createAuthorizationQuery().userIdIn(id).resourceType(Resources.USER)
        .resourceId(id).singleResult();
    own.setPermissions(new Permissions[] {Permissions.ALL});
    authorizationService.saveAuthorization(own);

    programAuthorizations.ensure();
    programAuthorizations.ensure();

    Authorization after = authorizationService.createAuthorizationQuery().userIdIn(id).resourceType(Resources.USER)
        .resourceId(id).singleResult();
    assertThat(after.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(after.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(after.isPermissionGranted(Permissions.DELETE)).isFalse();
  }

  private User jordan() {
    return identityService.createUserQuery().userId("jordan").singleResult();
  }
}
