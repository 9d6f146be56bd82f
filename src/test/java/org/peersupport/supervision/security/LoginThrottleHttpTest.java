package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow down the one account from the one address they come from, never the person on
 * another address, and never for good (the delays are LoginThrottleTest's). Each test has users of its
 * own. Address B is 127.0.0.2: a request whose socket is bound to it reaches the server from it.
 */
@ProcessTest
class LoginThrottleHttpTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void manyWrongPasswordsFromOneAddressDoNotLockOutThePersonOnAnother() {
    String id = person("throttle-basic");

    for (int attempt = 0; attempt < 12; attempt++) {
      Http.as(port, id, "guess-" + attempt).get("/engine-rest/user/" + id + "/profile");
    }
    HttpResponse<String> refused = Http.as(port, id, "guess-again").raw("/engine-rest/user/" + id + "/profile");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
    assertThat(refused.body()).contains("Too many").doesNotContain("guess-again");
    // the attacker's address waits, even with the right password
    assertThat(Http.as(port, id, id + "-password").get("/api/me/work").status()).isEqualTo(429);
    // the person on another address signs in at once
    assertThat(statusFrom("127.0.0.2", "/engine-rest/user/" + id + "/profile", id, id + "-password")).isEqualTo(200);
    assertThat(statusFrom("127.0.0.2", "/api/me/work", id, id + "-password")).isEqualTo(200);
  }

  @Test
  void oneAccountsFailuresDoNotSlowAnotherAccountOnTheSameAddress() {
    String attacked = person("throttle-attacked");
    String colleague = person("throttle-colleague");

    for (int attempt = 0; attempt < 8; attempt++) {
      Http.as(port, attacked, "guess-" + attempt).get("/engine-rest/task/count");
    }

    assertThat(Http.as(port, attacked, "guess").get("/engine-rest/task/count").status()).isEqualTo(429);
    assertThat(Http.as(port, colleague, colleague + "-password").get("/engine-rest/task/count").status())
        .isEqualTo(200);
  }

  @Test
  void aRequestTheEngineChecksNoPasswordForNeitherCountsNorClears() {
    String id = person("throttle-unchecked");
    for (int attempt = 0; attempt < 4; attempt++) {
      Http.as(port, id, "guess-" + attempt).get("/engine-rest/task/count");
    }

    // Camunda answers its engine list without signing in: 200 with a wrong password
    assertThat(Http.as(port, id, "guess").get("/engine-rest/engine").status()).isEqualTo(200);
    Http.as(port, id, "guess-5").get("/engine-rest/task/count");

    assertThat(Http.as(port, id, "guess").get("/engine-rest/task/count").status()).isEqualTo(429);
  }

  @Test
  void theWebappsLoginIsThrottledToo() {
    String id = person("throttle-webapp");

    for (int attempt = 0; attempt < 8; attempt++) {
      Http.webappLogin(port, id, "tasklist");
    }
    Http.Reply refused = Http.webappLogin(port, id, "tasklist");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body()).contains("Too many");
  }

  @Test
  void theDashboardsSignInIsThrottledToo() {
    String id = person("throttle-dashboard");

    for (int attempt = 0; attempt < 8; attempt++) {
      Http.as(port, id, "guess-" + attempt).get("/dashboard");
    }

    assertThat(Http.as(port, id, "guess").get("/dashboard").status()).isEqualTo(429);
    assertThat(Http.as(port, id, "guess").get("/roster").status()).isEqualTo(429);
  }

  private String person(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(id + "-password");
      identityService.saveUser(user);
      identityService.createMembership(id, ProgramRoles.SPECIALISTS);
    }
    return id;
  }

  /** A GET with HTTP Basic over a socket bound to the given local address; the answer's status. */
  private int statusFrom(String localAddress, String path, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
          + "Authorization: Basic " + token + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(statusLine.substring(9, 12));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
