package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.roster.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 6 of issue #13: a browser that keeps HTTP Basic credentials sends them with a form or script
 * of another site. Such a change is refused on every path before anything runs (403 problem JSON);
 * scripts, which send no Origin or Sec-Fetch-Site, and this site's own pages are not affected.
 */
@ProcessTest
class CrossSiteRequestTest {

  static final String EVIL = "https://evil.example";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private Http robin() {
    return Http.as(port, "robin");
  }

  private Http admin() {
    return Http.as(port, "admin");
  }

  private int robinsImports() {
    return robin().get("/api/roster/imports").json().size();
  }

  private Http.Reply importRoster(String specialist, Map<String, String> headers) {
    return robin().post("/api/roster/imports", "text/csv", Roster.file().person(specialist, "SPECIALIST", null).bytes(),
        headers);
  }

  /** {@code POST /engine-rest/deployment/create} as a browser form sends it: a name and one file. */
  private Http.Reply deploy(String name, Map<String, String> headers) {
    String boundary = "----cross-site-test-" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name + ".txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nnot a process\r\n--" + boundary + "--\r\n";
    return admin().post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
        body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private JsonNode deploymentsNamed(String name) {
    return admin().get("/engine-rest/deployment?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json();
  }

  private static void assertRefusedCrossSite(Http.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.json().get("title").asText()).isEqualTo("Cross-site request refused");
  }

  @Test
  void rosterImportWithBasicFromAnotherSitesOriginIsRefusedAndNothingIsImported() {
    int before = robinsImports();
    String specialist = Roster.unique("evil-origin");

    assertRefusedCrossSite(importRoster(specialist, Map.of("Origin", EVIL)));

    assertThat(robinsImports()).isEqualTo(before);
    assertThat(identityService.createUserQuery().userId(specialist).count()).isZero();
  }

  @Test
  void deploymentWithAdminBasicFromAnotherSitesOriginIsRefusedAndNothingIsDeployed() {
    String name = Roster.unique("evil-origin-deployment");

    assertRefusedCrossSite(deploy(name, Map.of("Origin", EVIL)));

    assertThat(deploymentsNamed(name)).isEmpty();
  }

  @Test
  void changesWithBasicMarkedCrossSiteBySecFetchSiteAreRefusedAndChangeNothing() {
    int before = robinsImports();
    String specialist = Roster.unique("evil-fetch-site");
    String name = Roster.unique("evil-fetch-site-deployment");

    assertRefusedCrossSite(importRoster(specialist, Map.of("Sec-Fetch-Site", "cross-site")));
    assertRefusedCrossSite(deploy(name, Map.of("Sec-Fetch-Site", "cross-site")));
    // a neighbouring host of the same site is another origin too
    assertRefusedCrossSite(importRoster(specialist, Map.of("Sec-Fetch-Site", "same-site")));
    assertRefusedCrossSite(deploy(name, Map.of("Sec-Fetch-Site", "same-site")));

    assertThat(robinsImports()).isEqualTo(before);
    assertThat(identityService.createUserQuery().userId(specialist).count()).isZero();
    assertThat(deploymentsNamed(name)).isEmpty();
  }

  @Test
  void originsThatOnlyLookLikeThisServerAreRefused() {
    for (String origin : new String[] {"null", "http://127.0.0.1:" + (port + 1), "https://127.0.0.1:" + port,
        "http://127.0.0.1.evil.example:" + port, "http://evil.example@127.0.0.1:" + port, "http://127.0.0.1:" + port + "/x"}) {
      assertRefusedCrossSite(importRoster(Roster.unique("look-alike"), Map.of("Origin", origin)));
    }
  }

  @Test
  void scriptsWithoutOriginOrFetchSiteHeadersStillWork() {
    String specialist = Roster.unique("script");
    Http.Reply imported = importRoster(specialist, Map.of());
    assertThat(imported.status()).as(imported.body()).isEqualTo(202);
    Roster.waitForReport(robin(), "/api/roster/imports/", imported.json().get("id").asLong());
    assertThat(identityService.createUserQuery().userId(specialist).count()).isOne();

    String name = Roster.unique("script-deployment");
    Http.Reply deployed = deploy(name, Map.of());
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    assertThat(deploymentsNamed(name)).hasSize(1);
    assertThat(admin().delete("/engine-rest/deployment/" + deployed.json().get("id").asText()).status()).isEqualTo(204);
  }

  @Test
  void thisSitesOwnPagesAreNotAffected() {
    String own = "http://127.0.0.1:" + port;
    Http.Reply imported = importRoster(Roster.unique("own-origin"), Map.of("Origin", own, "Sec-Fetch-Site", "same-origin"));
    assertThat(imported.status()).as(imported.body()).isEqualTo(202);
    Http.Reply typed = importRoster(Roster.unique("typed-in"), Map.of("Sec-Fetch-Site", "none"));
    assertThat(typed.status()).as("the person's own navigation").isEqualTo(202);
  }

  @Test
  void withoutBasicCredentialsTheFilterLeavesTheAnswerToSignIn() {
    Http.Reply anonymous = Http.anonymous(port).post("/api/roster/imports", "text/csv",
        Roster.file().person(Roster.unique("anonymous"), "SPECIALIST", null).bytes(), Map.of("Origin", EVIL));
    assertThat(anonymous.status()).isEqualTo(401);
  }
}
