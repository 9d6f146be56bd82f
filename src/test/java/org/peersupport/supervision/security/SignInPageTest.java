package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.roster.Roster;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 6 of issue #13, the pages' side: /dashboard and /roster never ask for HTTP Basic (a browser
 * would keep the credentials for the whole origin); a browser without a session is sent to /sign-in,
 * which signs in to the webapps' session and goes back, only ever to a path on this site; changes on the
 * pages need that session's CSRF token.
 */
@ProcessTest
class SignInPageTest {

  static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @LocalServerPort int port;

  /** A browser: keeps cookies, follows no redirect, sends only the headers it is given. */
  final class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String accept) {
      return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
          .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      return send(request);
    }

    /** What the sign-in page's script does (session.js, sign-in.js). */
    HttpResponse<String> signIn(String user, String password) {
      String token = csrfToken();
      return post("/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
          ("username=" + user + "&password=" + password).getBytes(StandardCharsets.UTF_8), Map.of("X-XSRF-TOKEN", token));
    }

    /** The session's CSRF token as session.js reads it: the webapps' header for a new one, else csrf-token.json. */
    String csrfToken() {
      HttpResponse<String> probe = get("/camunda/api/admin/auth/user/default", "application/json");
      return probe.headers().firstValue("X-XSRF-TOKEN")
          .orElseGet(() -> json(get("/sign-in/csrf-token.json", "application/json").body()).get("csrfToken").asText());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new AssertionError(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  @Test
  void aBrowserWithoutSessionIsSentToTheSignInPageAndNeverAskedForBasic() {
    Browser browser = new Browser();
    for (String page : List.of("/dashboard", "/roster", "/dashboard?month=2010-05&supervisorId=maria")) {
      HttpResponse<String> answer = browser.get(page, PAGE);
      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location")).as(page)
          .hasValue("/sign-in?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
      assertThat(answer.headers().firstValue("WWW-Authenticate")).as(page).isEmpty();
    }
  }

  @Test
  void thePagesDataWithoutSessionIsA401ProblemWithoutBasicChallenge() {
    Browser browser = new Browser();
    for (String data : List.of("/dashboard/report.json", "/dashboard/report.csv", "/dashboard/dashboard.js",
        "/roster/imports", "/dashboard")) {
      HttpResponse<String> answer = browser.get(data, "application/json");
      assertThat(answer.statusCode()).as(data).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate")).as(data).isEmpty();
      assertThat(answer.headers().firstValue("Content-Type")).as(data).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      assertThat(json(answer.body()).get("detail").asText()).as(data).contains("/sign-in");
    }
    HttpResponse<String> wrong = browser.send(HttpRequest.newBuilder(uri("/dashboard")).header("Accept", PAGE)
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("robin:not-robin".getBytes(StandardCharsets.UTF_8)))
        .GET());
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).as("wrong Basic credentials").isEmpty();
  }

  @Test
  void signingInOnTheSignInPageOpensTheDashboardInTheWebappsSession() {
    Browser browser = new Browser();
    HttpResponse<String> signInPage = browser.get("/sign-in?next=%2Fdashboard", PAGE);
    assertThat(signInPage.statusCode()).isEqualTo(200);
    assertThat(signInPage.body()).contains("Sign in to peer-supervision", "<label for=\"username\">User name</label>",
        "<label for=\"password\">Password</label>");

    assertThat(browser.signIn("robin", "robin").statusCode()).isEqualTo(200);

    HttpResponse<String> dashboard = browser.get("/dashboard", PAGE);
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Scope compliance");
    assertThat(browser.get("/camunda/app/tasklist/default/", PAGE).statusCode()).as("and Tasklist, same session")
        .isEqualTo(200);
    assertThat(browser.get("/camunda/api/admin/auth/user/default", "application/json").body()).contains("\"robin\"");
  }

  @Test
  void theSignInPageLoadsOnlyItsOwnScriptsAndIsNeverFramedOrCached() {
    HttpResponse<String> page = new Browser().get("/sign-in", PAGE);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(ResponseHeaders.PAGE_CONTENT_SECURITY_POLICY);
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=\"/sign-in/)").doesNotContainPattern("\\son[a-z]+=")
        .as("sent before the script has loaded, the password goes in a body, never an address").contains("method=\"post\"");
    for (String asset : List.of("/sign-in/sign-in.js", "/sign-in/session.js", "/sign-in/sign-in.css")) {
      assertThat(new Browser().get(asset, "*/*").statusCode()).as(asset).isEqualTo(200);
    }
  }

  @Test
  void nextMustBeAPathOnThisSite() {
    for (String next : List.of("//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example",
        "/\t/evil.example", "javascript:alert(1)", "evil.example", "/dash board")) {
      HttpResponse<String> answer = new Browser().get("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), PAGE);
      assertThat(answer.statusCode()).as(next).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location")).as(next).hasValue("/sign-in");
    }
    for (String next : List.of("/dashboard", "/roster", "/dashboard?month=2010-05&supervisorId=maria",
        "/camunda/app/tasklist/default/#/?task=1")) {
      HttpResponse<String> answer = new Browser().get("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), PAGE);
      assertThat(answer.statusCode()).as(next).isEqualTo(200);
    }
  }

  @Test
  void theCsrfTokenIsTheWebappsOwnAndNoneIsMadeWithoutASession() {
    HttpResponse<String> sessionless = new Browser().get("/sign-in/csrf-token.json", "application/json");
    assertThat(json(sessionless.body()).get("csrfToken").isNull()).isTrue();
    assertThat(sessionless.headers().allValues("Set-Cookie")).as("no session made").isEmpty();

    Browser browser = new Browser();
    String made = browser.get("/camunda/api/admin/auth/user/default", "application/json").headers()
        .firstValue("X-XSRF-TOKEN").orElseThrow();
    assertThat(json(browser.get("/sign-in/csrf-token.json", "application/json").body()).get("csrfToken").asText())
        .isEqualTo(made);
  }

  @Test
  void changesOnTheRosterPageNeedTheSessionsCsrfToken() {
    Browser browser = new Browser();
    assertThat(browser.signIn("robin", "robin").statusCode()).isEqualTo(200);
    String specialist = Roster.unique("page-token");
    byte[] file = Roster.file().person(specialist, "SPECIALIST", null).bytes();

    HttpResponse<String> forged = browser.post("/roster/imports", "text/csv", file, Map.of());
    assertThat(forged.statusCode()).as("a form of another page of the site").isEqualTo(403);
    HttpResponse<String> oldHeader = browser.post("/roster/imports", "text/csv", file, Map.of("X-Roster-Page", "1"));
    assertThat(oldHeader.statusCode()).as("a header anyone can send is no proof").isEqualTo(403);
    HttpResponse<String> wrong = browser.post("/roster/imports", "text/csv", file, Map.of("X-XSRF-TOKEN", "0123456789ABCDEF"));
    assertThat(wrong.statusCode()).isEqualTo(403);

    HttpResponse<String> started = browser.post("/roster/imports", "text/csv", file,
        Map.of("X-XSRF-TOKEN", browser.csrfToken()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
  }

  @Test
  void scriptsReadThePagesWithBasicButMakeChangesThroughTheApi() {
    Http robin = Http.as(port, "robin");
    assertThat(robin.get("/dashboard/report.json?month=2010-05").status()).isEqualTo(200);
    Http.Reply change = robin.upload("/roster/imports", "file", "roster.csv",
        Roster.file().person(Roster.unique("page-basic"), "SPECIALIST", null).bytes(), Map.of("X-Roster-Page", "1"));
    assertThat(change.status()).isEqualTo(403);
    assertThat(change.json().get("detail").asText()).contains("/api");
  }
}
