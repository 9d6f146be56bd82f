package org.peersupport.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /dashboard through the real security setup: the Tasklist session or HTTP Basic (scripts); who may see what. */
@ProcessTest
class DashboardHttpTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void programLeadOpensTheDashboardWithBasic() {
    Http.Reply page = Http.as(port, "robin").get("/dashboard");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("/dashboard/vendor/chart.umd.min.js", "Scope compliance");
    assertThat(Http.as(port, "robin").get("/dashboard/vendor/chart.umd.min.js").body()).contains("Chart.js v4");
    assertThat(Http.as(port, "robin").get("/dashboard/viewer.json").json().get("programWide").asBoolean()).isTrue();
  }

  @Test
  void programLeadSignedInToTasklistOpensTheDashboardWithoutSigningInAgain() {
    Http session = Http.tasklistSession(port, "robin");

    Http.Reply report = session.get("/dashboard/report.json?month=2010-05");

    assertThat(report.status()).isEqualTo(200);
    assertThat(report.json().get("supervisorId").isNull()).isTrue();
    assertThat(session.get("/dashboard").status()).isEqualTo(200);
    assertThat(session.get("/dashboard/report.csv?month=2010-05").body()).startsWith(AuditCsv.HEADER);
  }

  @Test
  void withoutSignInTheDashboardPointsToTheSignInPageAndNeverAsksForBasic() {
    java.net.http.HttpResponse<String> reply = Http.anonymous(port).raw("/dashboard");

    assertThat(reply.statusCode()).isEqualTo(401);
    assertThat(reply.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(reply.body()).contains("/sign-in?next=/dashboard");
    assertThat(Http.anonymous(port).get("/dashboard/report.json").status()).isEqualTo(401);
    assertThat(Http.anonymous(port).get("/dashboard/vendor/chart.umd.min.js").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIsNotSignedIn() {
    if (identityService.createUserQuery().userId("dashboard-wrong").count() == 0) {
      User user = identityService.newUser("dashboard-wrong");
      user.setPassword("right-password");
      identityService.saveUser(user);
      identityService.createMembership("dashboard-wrong", ProgramRoles.PROGRAM_LEADS);
    }

    assertThat(Http.as(port, "dashboard-wrong", "wrong-password").get("/dashboard").status()).isEqualTo(401);
  }

  @Test
  void specialistCannotOpenTheDashboard() {
    assertThat(Http.as(port, "alex").get("/dashboard").status()).isEqualTo(403);
    assertThat(Http.as(port, "alex").get("/dashboard/report.json").status()).isEqualTo(403);
    assertThat(Http.as(port, "alex").get("/dashboard/words.json").status()).isEqualTo(403);
    assertThat(Http.tasklistSession(port, "jordan").get("/dashboard/report.json").status()).isEqualTo(403);
  }

  @Test
  void aSpecialistOpeningTheDashboardGetsAPageInWordsThatSaysWhereToGo() {
    java.net.http.HttpResponse<String> page = Http.tasklistSession(port, "jordan").raw("/dashboard");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("This dashboard is for program leads and supervisors", "href=\"/me\"",
        "href=\"/camunda/app/tasklist/default/\"").doesNotContain("\"status\"", "Forbidden");
  }

  @Test
  void theWordsForTheCodesAreServedToThoseWhoSeeTheFigures() {
    Http.Reply words = Http.as(port, "maria").get("/dashboard/words.json");

    assertThat(words.status()).isEqualTo(200);
    assertThat(words.json().at("/tableOutcome/REFER").asText()).isEqualTo("Refer to licensed care");
    assertThat(words.json().at("/standing/BELOW_MINIMUM").asText()).isEqualTo("Below the minimum");
    assertThat(Http.as(port, "robin").get("/dashboard/viewer.json").json().get("role").asText()).isEqualTo("program lead");
  }

  @Test
  void supervisorSeesOwnTeamOnlyAndNotAnotherTeam() {
    Http maria = Http.as(port, "maria");

    assertThat(maria.get("/dashboard").status()).isEqualTo(200);
    assertThat(maria.get("/dashboard/viewer.json").json().get("programWide").asBoolean()).isFalse();
    assertThat(maria.get("/dashboard/report.json").json().get("supervisorId").asText()).isEqualTo("maria");
    assertThat(maria.get("/dashboard/report.json?supervisorId=david").status()).isEqualTo(403);
    assertThat(maria.get("/dashboard/follow-up-actions.json?supervisorId=david").status()).isEqualTo(403);
  }
}
