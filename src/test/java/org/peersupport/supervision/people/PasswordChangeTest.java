package org.peersupport.supervision.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.LogRecorder;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.privacy.AccessTrailEntry;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person changes their own password with {@code POST /api/me/password}, giving the current one; the
 * new one follows the activation's rule. Each test has a user of its own (a wrong password slows that
 * user's sign-in from this address).
 */
@ProcessTest
class PasswordChangeTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theNewPasswordSignsInAndTheOldOneNoLonger() {
    String id = person("password-changer", "first-password-1");

    Http.Reply changed = Http.as(port, id, "first-password-1").post("/api/me/password",
        Map.of("currentPassword", "first-password-1", "newPassword", "second-password-2"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    assertThat(Http.as(port, id, "second-password-2").get("/engine-rest/user/" + id + "/profile").status())
        .isEqualTo(200);
    assertThat(Http.as(port, id, "first-password-1").get("/engine-rest/user/" + id + "/profile").status())
        .isEqualTo(401);
    assertThat(LogRecorder.lines()).noneMatch(line -> line.contains("first-password-1")
        || line.contains("second-password-2"));
    // recorded as a change, without its body
    assertThat(jdbc.queryForObject("select count(*) from access_trail_entry where user_id = ? and action = ? "
        + "and resource = '/api/me/password' and status = 204", Integer.class, id, AccessTrailEntry.Action.CHANGE.name()))
        .isEqualTo(1);
  }

  @Test
  void aWrongCurrentPasswordChangesNothing() {
    String id = person("password-wrong-current", "current-password-1");

    Http.Reply refused = Http.as(port, id, "current-password-1").post("/api/me/password",
        Map.of("currentPassword", "not-the-current-one", "newPassword", "another-password-2"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("currentPassword");
    assertThat(refused.body()).doesNotContain("not-the-current-one", "another-password-2");
    assertThat(identityService.checkPassword(id, "current-password-1")).isTrue();
  }

  @Test
  void aWeakOrMissingNewPasswordIsRefusedNamingTheField() {
    String id = person("password-weak-new", "current-password-1");
    Http http = Http.as(port, id, "current-password-1");

    Http.Reply tooShort = http.post("/api/me/password",
        Map.of("currentPassword", "current-password-1", "newPassword", "short"));
    Http.Reply userId = http.post("/api/me/password",
        Map.of("currentPassword", "current-password-1", "newPassword", id));
    Http.Reply missing = http.post("/api/me/password", Map.of("currentPassword", "current-password-1"));
    Http.Reply noCurrent = http.post("/api/me/password", Map.of("newPassword", "another-password-2"));

    for (Http.Reply reply : new Http.Reply[] {tooShort, userId, missing}) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("newPassword");
      assertThat(reply.json().get("detail").asText()).contains("New password");
    }
    assertThat(noCurrent.status()).isEqualTo(400);
    assertThat(noCurrent.json().get("errors").findValuesAsText("field")).containsExactly("currentPassword");
    assertThat(tooShort.body()).doesNotContain("current-password-1");
    assertThat(identityService.checkPassword(id, "current-password-1")).isTrue();
  }

  @Test
  void withoutSignInNothingChanges() {
    String id = person("password-anonymous", "current-password-1");

    Http.Reply reply = Http.anonymous(port).post("/api/me/password",
        Map.of("currentPassword", "current-password-1", "newPassword", "another-password-2"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(identityService.checkPassword(id, "current-password-1")).isTrue();
  }

  private String person(String id, String password) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Password");
      user.setLastName("Tester");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(id, ProgramRoles.SPECIALISTS);
    }
    return id;
  }
}
