package org.peersupport.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Malformed requests to the product's own API are a 400 that names the field (RFC 7807), never a 5xx;
 * and Spring Boot's error page asked for directly is not a server failure.
 */
@ProcessTest
class ApiErrorsHttpTest {

  @LocalServerPort int port;

  private Http.Reply relationship(String body) {
    return Http.as(port, "robin").post("/api/relationships", "application/json", body.getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  @Test
  void theErrorPageAskedForDirectlyIsA404NotA500() {
    for (String user : new String[] {"anonymous", "alex", "admin"}) {
      Http http = user.equals("anonymous") ? Http.anonymous(port) : Http.as(port, user);
      Http.Reply reply = http.get("/error");
      assertThat(reply.status()).as(user + ": " + reply.body()).isEqualTo(404);
    }
  }

  @Test
  void malformedBodiesAreA400NamingTheField() {
    assertThat(relationship("{\"supervisorId\": ").status()).as("invalid JSON").isEqualTo(400);
    assertThat(relationship("").status()).as("no body").isEqualTo(400);
    Http.Reply wrongType = relationship("{\"supervisorId\": [1], \"specialistId\": \"sam\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().path("errors").findValuesAsText("field")).containsExactly("supervisorId");
    Http.Reply overlong = relationship("{\"supervisorId\": \"" + "m".repeat(5000) + "\", \"specialistId\": \"sam\"}");
    assertThat(overlong.status()).isEqualTo(400);
    assertThat(overlong.json().path("errors").findValuesAsText("field")).containsExactly("supervisorId");
    assertThat(overlong.body()).doesNotContain("mmmmmmmmmm");

    Http.Reply unknownConstant = Http.as(port, "alex").post("/api/specialists/alex/certifications", Map.of(
        "issuingBody", "State board", "credentialName", "Certified Peer Specialist", "credentialNumber", "CPS-1",
        "stage", "NOT_A_STAGE", "issuedOn", "2024-01-01", "expiresOn", "2030-01-01"));
    assertThat(unknownConstant.status()).isEqualTo(400);
    assertThat(unknownConstant.json().path("errors").findValuesAsText("field")).containsExactly("stage");
    assertThat(unknownConstant.body()).doesNotContain("NOT_A_STAGE").doesNotContain("org.peersupport");
    assertThat(Http.as(port, "robin").post("/api/relationships", "text/plain", "x".getBytes(StandardCharsets.UTF_8),
        Map.of()).status()).as("a body of another type").isEqualTo(415);
  }
}
