package org.peersupport.supervision.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who viewed or changed sensitive records is recorded, append-only, and readable by admins only. */
@ProcessTest
class AccessTrailTest {

  @LocalServerPort int port;
  @Autowired AccessTrail trail;

  private JsonNode entriesFor(String user) {
    return Http.as(port, "admin").get("/api/audit-trail?userId=" + user).json();
  }

  @Test
  void viewsAndChangesAreRecordedWithWhoWhenAndWhichRecord() {
    Http.as(port, "jordan").get("/api/specialists/jordan/supervision");
    Http.as(port, "jordan").get("/engine-rest/task");
    Http.as(port, "maria").post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Map.of("variables", Map.of("specialistId", Map.of("value", "jordan"))));

    JsonNode jordans = entriesFor("jordan");
    assertThat(jordans.findValuesAsText("resource")).contains("/api/specialists/jordan/supervision", "/engine-rest/task");
    assertThat(jordans.findValuesAsText("action")).contains("VIEW");
    assertThat(jordans.get(0).get("occurredAt").asText()).isNotBlank();
    JsonNode marias = entriesFor("maria");
    assertThat(marias.findValuesAsText("resource"))
        .contains("/engine-rest/process-definition/key/supervision-cycle/submit-form".replace("process-definition", "process-definition"))
        .isNotNull();
  }

  @Test
  void theDashboardsFiguresAndExportsAreRecordedButNotItsScripts() {
    Http.as(port, "robin").get("/dashboard/report.json");
    Http.as(port, "robin").raw("/dashboard/report.csv");
    Http.as(port, "robin").raw("/dashboard/dashboard.js");
    Http.as(port, "alex").get("/dashboard/report.json");

    assertThat(entriesFor("robin").findValuesAsText("resource"))
        .contains("/dashboard/report.json", "/dashboard/report.csv")
        .doesNotContain("/dashboard/dashboard.js");
    JsonNode refused = entriesFor("alex");
    assertThat(refused.findValuesAsText("resource")).contains("/dashboard/report.json");
    assertThat(refused.findValues("status").stream().map(JsonNode::asInt)).contains(403);
  }

  @Test
  void refusedAccessIsRecordedToo() {
    Http.as(port, "casey").get("/api/specialists/jordan/supervision");
    JsonNode entry = entriesFor("casey").get(0);
    assertThat(entry.get("resource").asText()).isEqualTo("/api/specialists/jordan/supervision");
    assertThat(entry.get("status").asInt()).isEqualTo(403);
  }

  @Test
  void nothingButAdminsReadsTheTrail() {
    for (String user : new String[] {"robin", "maria", "alex"}) {
      assertThat(Http.as(port, user).get("/api/audit-trail").status()).as(user).isEqualTo(403);
    }
    assertThat(Http.anonymous(port).get("/api/audit-trail").status()).isEqualTo(401);
  }

  @Test
  void noApiChangesOrDeletesTheTrail() {
    long before = trail.count();
    assertThat(Http.as(port, "admin").delete("/api/audit-trail").status()).isIn(404, 405);
    assertThat(Http.as(port, "admin").put("/api/audit-trail", Map.of()).status()).isIn(404, 405);
    assertThat(Http.as(port, "admin").post("/api/audit-trail", Map.of()).status()).isIn(404, 405);
    assertThat(trail.count()).isGreaterThanOrEqualTo(before);
    assertThat(Arrays.stream(AccessTrail.class.getMethods()).map(Method::getName))
        .as("the repository can add and read, nothing else").noneMatch(name -> name.startsWith("delete"));
  }
}
