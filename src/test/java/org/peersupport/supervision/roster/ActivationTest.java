package org.peersupport.supervision.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.LogRecorder;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * First sign-in of people a roster import created: the activation link sets a password that then works,
 * once; expired, unknown and weak are refused; a new link can be issued until the person has activated.
 */
@ProcessTest
class ActivationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  static final String PASSWORD = "a long walk by the river";

  /** Imports one new specialist as robin; answers their user id and the token of their link. */
  private String[] imported(String name) {
    String userId = Roster.unique(name);
    JsonNode report = Roster.importAs(Http.as(port, "robin"), Roster.file().person(userId, "SPECIALIST", "maria").bytes());
    String link = Roster.row(report, userId).get("activationLink").asText();
    assertThat(link).startsWith("/activate#token=");
    return new String[] {userId, link.substring("/activate#token=".length())};
  }

  private Http.Reply activate(String token, String password) {
    return Http.anonymous(port).post("/activate", Map.of("token", token, "password", password));
  }

  @Test
  void theActivationLinkSetsAPasswordThatSignsInAndWorksOnce() {
    String[] person = imported("act");
    String userId = person[0];
    // (no wrong sign-in first: the engine would refuse even the right password for a few seconds)
    Http.Reply activated = activate(person[1], PASSWORD);
    assertThat(activated.status()).as(activated.body()).isEqualTo(200);
    assertThat(activated.json().get("userId").asText()).isEqualTo(userId);
    assertThat(Http.as(port, userId, PASSWORD).get("/api/me/work").status()).isEqualTo(200);

    Http.Reply again = activate(person[1], "another long password");
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.json().get("detail").asText()).contains("used already");
    assertThat(identityService.checkPassword(userId, "another long password")).isFalse();

    JsonNode trail = Http.as(port, "admin").get("/api/audit-trail?userId=" + userId).json();
    assertThat(trail.findValuesAsText("resource")).contains("/activate/users/" + userId);
    assertThat(trail.findValuesAsText("status")).contains("200", "410");
    assertThat(Http.as(port, "admin").get("/api/audit-trail?userId=robin").json().findValuesAsText("resource"))
        .as("the import is in the importer's trail").contains("/api/roster/imports");

    assertThat(Http.as(port, "robin").post("/api/roster/users/" + userId + "/activation", Map.of()).status())
        .as("no new link once the person has a password").isEqualTo(409);
  }

  private Http.Reply whose(String token) {
    return Http.anonymous(port).post("/activate/link", Map.of("token", token));
  }

  @Test
  void aWorkingLinkNamesWhoseAccountItActivatesAndNoOtherLinkNamesAnyone() {
    String[] person = imported("greet");
    Http.Reply greeting = whose(person[1]);
    assertThat(greeting.status()).as(greeting.body()).isEqualTo(200);
    assertThat(greeting.json().get("userId").asText()).isEqualTo(person[0]);
    assertThat(greeting.json().get("name").asText()).isEqualTo("First Last");
    assertThat(greeting.json().get("expiresAt").asText()).isNotBlank();
    assertThat(identityService.checkPassword(person[0], PASSWORD)).as("looking changes nothing").isFalse();

    // a wrong secret for the right selector, an unknown link: refused, without the name or user name
    String forged = person[1].substring(0, person[1].indexOf('.') + 1) + "x".repeat(43);
    for (String token : List.of(forged, "abc.def", "not-a-token")) {
      Http.Reply refused = whose(token);
      assertThat(refused.status()).as(token).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(token).containsExactly("token");
      assertThat(refused.body()).as(token).doesNotContain(person[0]).doesNotContain("First");
    }

    // used: 410, without the name
    assertThat(activate(person[1], PASSWORD).status()).isEqualTo(200);
    Http.Reply used = whose(person[1]);
    assertThat(used.status()).isEqualTo(410);
    assertThat(used.json().get("detail").asText()).contains("used already");
    assertThat(used.body()).doesNotContain(person[0]).doesNotContain("First");
  }

  @Test
  void anExpiredLinkNamesNoOne() {
    String[] person = imported("gone");
    jdbc.update("update roster_activation set expires_at = ? where user_id = ?",
        Timestamp.from(Instant.now().minusSeconds(60)), person[0]);
    Http.Reply refused = whose(person[1]);
    assertThat(refused.status()).isEqualTo(410);
    assertThat(refused.json().get("detail").asText()).contains("expired");
    assertThat(refused.body()).doesNotContain(person[0]);
  }

  @Test
  void anExpiredLinkIsRefused() {
    String[] person = imported("late");
    jdbc.update("update roster_activation set expires_at = ? where user_id = ?",
        Timestamp.from(Instant.now().minusSeconds(60)), person[0]);
    Http.Reply refused = activate(person[1], PASSWORD);
    assertThat(refused.status()).isEqualTo(410);
    assertThat(refused.json().get("detail").asText()).contains("expired");
    assertThat(identityService.checkPassword(person[0], PASSWORD)).isFalse();
  }

  @Test
  void aWeakPasswordIsRefusedNamingTheFieldAndTheLinkStillWorks() {
    String[] person = imported("weak");
    Http.Reply tooShort = activate(person[1], "short-pass1");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.json().get("errors").findValuesAsText("field")).containsExactly("password");

    String longId = Roster.unique("activation-person");
    JsonNode report = Roster.importAs(Http.as(port, "robin"), Roster.file().person(longId, "SUPERVISOR", null).bytes());
    String token = Roster.row(report, longId).get("activationLink").asText().substring("/activate#token=".length());
    Http.Reply ownId = activate(token, longId.toUpperCase());
    assertThat(ownId.status()).isEqualTo(400);
    assertThat(ownId.json().get("errors").findValuesAsText("field")).containsExactly("password");
    assertThat(ownId.body()).doesNotContain(longId.toUpperCase());

    assertThat(activate(person[1], PASSWORD).status()).as("a refused attempt does not burn the link").isEqualTo(200);
  }

  @Test
  void anUnknownOrMalformedLinkIsRefusedNamingTheToken() {
    for (String token : List.of("not-a-token", "abc.def", "")) {
      Http.Reply refused = activate(token, PASSWORD);
      assertThat(refused.status()).as(token).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(token).containsExactly("token");
    }
    String[] person = imported("forged");
    String forged = person[1].substring(0, person[1].indexOf('.') + 1) + "x".repeat(43);
    assertThat(activate(forged, PASSWORD).status()).as("the right selector with a wrong secret").isEqualTo(400);
    assertThat(activate(person[1], PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void programLeadsIssueANewLinkThatVoidsTheOldOneOnlyForPeopleAwaitingActivation() {
    String[] person = imported("again");
    Http.Reply issued = Http.as(port, "robin").post("/api/roster/users/" + person[0] + "/activation", Map.of());
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String token = issued.json().get("activationLink").asText().substring("/activate#token=".length());
    assertThat(activate(person[1], PASSWORD).status()).as("the old link").isEqualTo(400);

    assertThat(Http.as(port, "maria").post("/api/roster/users/" + person[0] + "/activation", Map.of()).status())
        .isEqualTo(403);
    assertThat(Http.anonymous(port).post("/api/roster/users/" + person[0] + "/activation", Map.of()).status())
        .isEqualTo(401);
    assertThat(Http.as(port, "robin").post("/api/roster/users/alex/activation", Map.of()).status())
        .as("not created by an import").isEqualTo(404);
    assertThat(Http.as(port, "robin").post("/api/roster/users/admin/activation", Map.of()).status()).isEqualTo(404);
    assertThat(Http.as(port, "robin").post("/api/roster/users/bad%20id/activation", Map.of()).status()).isEqualTo(400);

    assertThat(activate(token, PASSWORD).status()).isEqualTo(200);
    assertThat(identityService.checkPassword(person[0], PASSWORD)).isTrue();
  }

  @Test
  void thePageIsOpenUncachedAndNoTokenOrPersonalDetailReachesTheLog() {
    Http.Reply page = Http.anonymous(port).get("/activate");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Choose the password");
    var headers = Http.anonymous(port).raw("/activate").headers();
    assertThat(headers.firstValue("Cache-Control")).contains("no-store");
    assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");

    String[] person = imported("quiet");
    activate(person[1], "short");
    activate(person[1], PASSWORD);
    activate(person[1], PASSWORD);
    String secret = person[1].substring(person[1].indexOf('.') + 1);
    assertThat(LogRecorder.lines()).noneMatch(line -> line.contains(secret));
    assertThat(LogRecorder.lines()).noneMatch(line -> line.contains(PASSWORD));
    assertThat(LogRecorder.lines()).noneMatch(line -> line.contains(person[0] + "@peer-program.example"));
  }
}
