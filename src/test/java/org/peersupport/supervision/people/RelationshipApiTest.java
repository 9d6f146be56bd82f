package org.peersupport.supervision.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Supervision relationships over /api: read by the people involved, changed by program leads and admins. */
@ProcessTest
class RelationshipApiTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void programLeadsSeeEveryRelationshipSupervisorsTheirOwnSpecialistsTheirs() {
    assertThat(Http.as(port, "robin").get("/api/relationships").json().findValuesAsText("specialistId"))
        .contains("alex", "jordan", "casey");
    JsonNode marias = Http.as(port, "maria").get("/api/relationships").json();
    assertThat(marias.findValuesAsText("specialistId")).contains("alex", "jordan").doesNotContain("casey");
    assertThat(marias.findValuesAsText("specialistName")).contains("Alex Morgan");
    assertThat(Http.as(port, "casey").get("/api/relationships").json().findValuesAsText("supervisorId"))
        .containsExactly("david");
  }

  @Test
  void aProgramLeadAssignsAndEndsARelationship() {
    newSpecialist("sam");
    Http robin = Http.as(port, "robin");

    Http.Reply created = robin.post("/api/relationships", Map.of("supervisorId", "maria", "specialistId", "sam"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("active").asBoolean()).isTrue();
    assertThat(Http.as(port, "maria").get("/api/relationships").json().findValuesAsText("specialistId")).contains("sam");

    Http.Reply reassigned = robin.post("/api/relationships", Map.of("supervisorId", "david", "specialistId", "sam"));
    assertThat(reassigned.status()).isEqualTo(201);
    assertThat(Http.as(port, "maria").get("/api/relationships").json().findValuesAsText("specialistId"))
        .as("a specialist has one active supervisor").doesNotContain("sam");

    Http.Reply ended = robin.delete("/api/relationships/" + reassigned.json().get("id").asLong());
    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.json().get("active").asBoolean()).isFalse();
    assertThat(robin.delete("/api/relationships/999999").status()).isEqualTo(404);
  }

  @Test
  void supervisorsAndSpecialistsCannotChangeRelationships() {
    for (String user : new String[] {"maria", "alex"}) {
      Http.Reply refused = Http.as(port, user).post("/api/relationships", Map.of("supervisorId", "maria", "specialistId", "casey"));
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("Not permitted");
    }
    assertThat(Http.as(port, "robin").get("/api/relationships").json().findValuesAsText("specialistId"))
        .as("casey still with david").contains("casey");
  }

  @Test
  void badRelationshipRequestsAre400NamingTheField() {
    Http robin = Http.as(port, "robin");
    Http.Reply blank = robin.post("/api/relationships", Map.of("supervisorId", "", "specialistId", "alex"));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().get("errors").findValuesAsText("field")).contains("supervisorId");
    Http.Reply notASupervisor = robin.post("/api/relationships", Map.of("supervisorId", "jordan", "specialistId", "alex"));
    assertThat(notASupervisor.status()).isEqualTo(400);
    assertThat(notASupervisor.body()).contains("supervisorId").contains("supervisors");
    assertThat(robin.post("/api/relationships", "{\"supervisorId\": [1,2]").status()).isEqualTo(400);
    Http.Reply wrongType = robin.post("/api/relationships", "{\"supervisorId\": {\"a\": 1}, \"specialistId\": \"alex\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().get("errors").findValuesAsText("field")).containsExactly("supervisorId");
    assertThat(Http.as(port, "maria").get("/api/relationships").json().findValuesAsText("specialistId")).contains("alex");
  }

  @Test
  void theApiIsDescribedByAnOpenApiDocument() {
    Http.Reply doc = Http.anonymous(port).get("/v3/api-docs");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().get("paths").has("/api/relationships")).isTrue();
    assertThat(doc.json().get("paths").has("/api/specialists/{specialistId}/supervision")).isTrue();
  }

  private void newSpecialist(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("Sam");
      user.setLastName("Taylor");
      user.setPassword("sam-" + id + "-secret");
      identityService.saveUser(user);
      identityService.createMembership(id, "specialists");
    }
  }
}
