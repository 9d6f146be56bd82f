package org.peersupport.supervision.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lists of users and groups show each role only whom it works with: a specialist their supervisor, a
 * supervisor their team, a program lead the program; each person the groups they are in. The grants
 * follow relationships as they start and end.
 */
@ProcessTest
class UserVisibilityTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired Relationships relationships;

  @Test
  void aSpecialistListsThemselvesAndTheirSupervisor() {
    assertThat(userIds("alex", "/engine-rest/user")).containsExactlyInAnyOrder("alex", "maria");
    assertThat(userIds("casey", "/engine-rest/user")).containsExactlyInAnyOrder("casey", "david");
    assertThat(Http.as(port, "alex").get("/engine-rest/user/david/profile").status()).isEqualTo(404);
  }

  @Test
  void aSupervisorListsThemselvesAndTheirTeam() {
    assertThat(userIds("maria", "/engine-rest/user")).contains("maria", "alex", "jordan")
        .doesNotContain("david", "casey", "robin", "admin");
    assertThat(userIds("david", "/engine-rest/user")).contains("david", "casey")
        .doesNotContain("maria", "alex", "jordan", "robin", "admin");
  }

  @Test
  void aProgramLeadListsEveryone() {
    assertThat(userIds("robin", "/engine-rest/user"))
        .contains("admin", "maria", "david", "alex", "jordan", "casey", "robin");
    assertThat(groupIds("robin", "/engine-rest/group")).contains(ProgramRoles.SPECIALISTS, ProgramRoles.SUPERVISORS,
        ProgramRoles.PROGRAM_LEADS, ProgramRoles.ADMINS);
  }

  @Test
  void everyoneListsOnlyTheGroupsTheyAreIn() {
    assertThat(groupIds("alex", "/engine-rest/group")).containsExactly(ProgramRoles.SPECIALISTS);
    assertThat(groupIds("maria", "/engine-rest/group")).containsExactly(ProgramRoles.SUPERVISORS);
    assertThat(groupIds("casey", "/engine-rest/group?member=casey")).containsExactly(ProgramRoles.SPECIALISTS);
  }

  @Test
  void tasklistsMountShowsTheSame() {
    Http session = Http.tasklistSession(port, "alex");

    assertThat(session.get("/camunda/api/engine/engine/default/user").json().findValuesAsText("id"))
        .containsExactlyInAnyOrder("alex", "maria");
    assertThat(session.get("/camunda/api/engine/engine/default/user/maria/profile").json().get("firstName").asText())
        .isEqualTo("Maria");
    assertThat(session.get("/camunda/api/engine/engine/default/group").json().findValuesAsText("id"))
        .containsExactly(ProgramRoles.SPECIALISTS);
  }

  @Test
  void whoSeesWhomFollowsRelationshipsAsTheyStartAndEnd() {
    person("visibility-first", ProgramRoles.SUPERVISORS);
    person("visibility-second", ProgramRoles.SUPERVISORS);
    person("visibility-peer", ProgramRoles.SPECIALISTS);

    relationships.assign("visibility-first", "visibility-peer", LocalDate.now());
    assertThat(userIds("visibility-peer", "/engine-rest/user"))
        .containsExactlyInAnyOrder("visibility-peer", "visibility-first");
    assertThat(userIds("visibility-first", "/engine-rest/user")).contains("visibility-peer");

    // a program lead moves the peer to another supervisor
    Http.Reply moved = Http.as(port, "robin").post("/api/relationships",
        java.util.Map.of("supervisorId", "visibility-second", "specialistId", "visibility-peer"));
    assertThat(moved.status()).isEqualTo(201);
    assertThat(userIds("visibility-peer", "/engine-rest/user"))
        .containsExactlyInAnyOrder("visibility-peer", "visibility-second");
    assertThat(userIds("visibility-first", "/engine-rest/user")).doesNotContain("visibility-peer");
    assertThat(userIds("visibility-second", "/engine-rest/user")).contains("visibility-peer");

    // and ends it
    assertThat(Http.as(port, "robin").delete("/api/relationships/" + moved.json().get("id").asLong()).status())
        .isEqualTo(200);
    assertThat(userIds("visibility-peer", "/engine-rest/user")).containsExactly("visibility-peer");
    assertThat(userIds("visibility-second", "/engine-rest/user")).doesNotContain("visibility-peer");
  }

  private List<String> userIds(String user, String path) {
    Http.Reply reply = Http.as(port, user).get(path);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().findValuesAsText("id");
  }

  private List<String> groupIds(String user, String path) {
    return userIds(user, path);
  }

  private void person(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      org.camunda.bpm.engine.identity.User user = identityService.newUser(id);
      user.setFirstName("Visibility");
      user.setLastName(id);
      user.setPassword(id);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }
}
