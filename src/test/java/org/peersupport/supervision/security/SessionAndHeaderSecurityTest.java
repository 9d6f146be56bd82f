package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sessions and transport: the webapps' cookies (HttpOnly, SameSite; Secure behind TLS), Camunda's
 * headers on the webapps, the product's own headers on its pages and APIs, HSTS over HTTPS.
 */
@ProcessTest
class SessionAndHeaderSecurityTest {

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
  }

  @Test
  void theWebappsSessionCookieIsHttpOnlyAndNotSentCrossSiteAndTheCsrfCookieStaysOnTheSite() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")));
    String csrf = cookie(page, "XSRF-TOKEN");
    assertThat(csrf).containsIgnoringCase("SameSite=Strict");
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElse(csrf.substring(11, csrf.indexOf(';')));
    String session = cookie(page, "JSESSIONID");

    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", session.substring(0, session.indexOf(';')) + "; XSRF-TOKEN=" + token)
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=alex&password=alex")));
    assertThat(login.statusCode()).isEqualTo(200);

    String signedIn = cookie(login, "JSESSIONID");
    assertThat(signedIn).as("a new session after sign-in (no fixation)").isNotEqualTo(session);
    assertThat(signedIn.split("(?i)SameSite=").length - 1).as("SameSite once: " + signedIn).isOne();
    assertThat(signedIn).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
        .as("plain HTTP on the embedded default; Secure comes with the tls profile").doesNotContainPattern("(?i);\\s*Secure\\s*(;|$)");
  }

  @Test
  void theWebappsCarryCamundasContentSecurityPolicyAndNoSniffing() throws Exception {
    HttpResponse<String> tasklist = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")));
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).as("HSTS only behind TLS").isEmpty();
  }

  @Test
  void theProductsPagesLoadNothingFromElsewhereAndAreNeverFramedOrCached() {
    HttpResponse<String> dashboard = Http.as(port, "robin").raw("/dashboard");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.headers().firstValue("Content-Security-Policy")).hasValue(ResponseHeaders.PAGE_CONTENT_SECURITY_POLICY);
    assertThat(dashboard.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(dashboard.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(dashboard.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(dashboard.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
  }

  @Test
  void theApisAnswerDataThatRunsNothing() {
    for (String path : List.of("/api/me/work", "/engine-rest/task")) {
      HttpResponse<String> api = Http.as(port, "alex").raw(path);
      assertThat(api.statusCode()).as(path).isEqualTo(200);
      assertThat(api.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValue(ResponseHeaders.API_CONTENT_SECURITY_POLICY);
      assertThat(api.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(api.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
    }
  }

  /** What the tls profile (application-tls.yaml) turns on, bound exactly as the application binds it. */
  @Test
  void aBrowserIsNeverAskedForBasicCredentialsOnTheApisSoItCannotKeepThem() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/engine-rest/task", "/api/me/work")) {
      HttpResponse<String> browser = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Site", "none").GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(browser.statusCode()).as(path).isEqualTo(401);
      assertThat(browser.headers().firstValue("WWW-Authenticate")).as(path + " challenges a browser").isEmpty();
      HttpResponse<String> script = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(script.statusCode()).as(path).isEqualTo(401);
      assertThat(script.headers().firstValue("WWW-Authenticate")).as(path + " challenges a script").isPresent();
    }
  }

  @Test
  void behindTlsCookiesAreSecureAndTheWebappsSendHsts() {
    try (ConfigurableApplicationContext context = configurationOnly("tls").run()) {
      Binder binder = Binder.get(context.getEnvironment());
      WebappProperty webapp = binder.bind(WebappProperty.PREFIX, WebappProperty.class).get();
      assertThat(webapp.getSessionCookie().isEnableSecureCookie()).isTrue();
      assertThat(webapp.getSessionCookie().isEnableSameSiteCookie()).isTrue();
      assertThat(webapp.getCsrf().isEnableSecureCookie()).isTrue();
      assertThat(webapp.getCsrf().getSameSiteCookieOption()).isEqualTo("STRICT");
      assertThat(webapp.getHeaderSecurity().isHstsDisabled()).isFalse();
      assertThat(binder.bind("server.forward-headers-strategy", String.class).get()).isEqualTo("native");
    }
    try (ConfigurableApplicationContext context = configurationOnly().run()) {
      WebappProperty webapp = Binder.get(context.getEnvironment()).bind(WebappProperty.PREFIX, WebappProperty.class).get();
      assertThat(webapp.getSessionCookie().isEnableSecureCookie()).as("embedded default runs on plain HTTP").isFalse();
      assertThat(webapp.getHeaderSecurity().isHstsDisabled()).isTrue();
    }
  }

  /**
   * Reads application.yaml and the profiles' files as the application does, and starts nothing: only the
   * listener that loads configuration (not the one that would set up logging again for the whole run).
   */
  private static SpringApplication configurationOnly(String... profiles) {
    SpringApplication application = new SpringApplication(NoBeans.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setAdditionalProfiles(profiles);
    application.setLogStartupInfo(false);
    application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
    application.setListeners(List.of(new EnvironmentPostProcessorApplicationListener()));
    return application;
  }

  /** Loads the configuration files and nothing else (no annotation: the test's own context must not find it). */
  static class NoBeans {}
}
