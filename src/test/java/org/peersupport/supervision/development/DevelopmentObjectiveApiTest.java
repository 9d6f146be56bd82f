package org.peersupport.supervision.development;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** SMART development objectives: set and reviewed by the specialist and their supervisor, nobody else. */
@ProcessTest
class DevelopmentObjectiveApiTest {

  @LocalServerPort int port;
  @Autowired DevelopmentObjectives objectives;

  private static Map<String, Object> objective() {
    Map<String, Object> body = new HashMap<>();
    body.put("competency", "SHARING_LIVED_EXPERIENCE");
    body.put("what", "Use Ask-Share-Ask before sharing my own story");
    body.put("measure", "Disclosures reflected on in supervision");
    body.put("target", "At least 3 reflected disclosures");
    body.put("dueOn", LocalDate.now().plusWeeks(8).toString());
    body.put("howReviewed", "In every supervision session until the due date");
    body.put("mechanism", "Supervisor role-plays one disclosure each session");
    return body;
  }

  @Test
  void supervisorSetsAnObjectiveTheSpecialistReviewsItAndProgramLeadsCannotReadIt() {
    Http.Reply created = Http.as(port, "maria").post("/api/specialists/alex/objectives", objective());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertThat(created.json().get("supervisorId").asText()).isEqualTo("maria");
    assertThat(created.json().get("status").asText()).isEqualTo("OPEN");

    JsonNode alexSees = Http.as(port, "alex").get("/api/specialists/alex/objectives?open=true").json();
    assertThat(alexSees.findValues("id")).extracting(JsonNode::asLong).contains(id);

    Http.Reply reviewed = Http.as(port, "alex").post("/api/objectives/" + id + "/reviews",
        Map.of("progress", "Two disclosures reflected on; Ask-Share-Ask felt natural the second time.",
            "status", "ON_TRACK"));
    assertThat(reviewed.status()).isEqualTo(200);
    Http.Reply achieved = Http.as(port, "maria").post("/api/objectives/" + id + "/reviews",
        Map.of("progress", "Target reached.", "status", "ACHIEVED"));
    assertThat(achieved.json().get("reviews").size()).isEqualTo(2);
    assertThat(achieved.json().get("status").asText()).isEqualTo("ACHIEVED");
    assertThat(Http.as(port, "alex").get("/api/specialists/alex/objectives?open=true").json()
        .findValues("id")).extracting(JsonNode::asLong).doesNotContain(id);
    // closed: no more reviews
    assertThat(Http.as(port, "alex").post("/api/objectives/" + id + "/reviews",
        Map.of("progress", "More.", "status", "ON_TRACK")).status()).isEqualTo(400);

    assertThat(Http.as(port, "robin").get("/api/specialists/alex/objectives").status()).isEqualTo(403);
    assertThat(Http.as(port, "david").get("/api/specialists/alex/objectives").status()).isEqualTo(403);
    assertThat(Http.as(port, "jordan").post("/api/objectives/" + id + "/reviews",
        Map.of("progress", "x", "status", "DROPPED")).status()).isEqualTo(403);
  }

  @Test
  void anObjectiveThatIsNotSmartIsRefusedNamingTheFieldsAndWritesNothing() {
    long before = objectives.count();
    Map<String, Object> vague = objective();
    vague.remove("measure");
    vague.put("dueOn", LocalDate.now().minusDays(1).toString());
    vague.put("target", "x".repeat(301));

    Http.Reply refused = Http.as(port, "alex").post("/api/specialists/alex/objectives", vague);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).contains("measure", "dueOn", "target");
    assertThat(objectives.count()).isEqualTo(before);
  }
}
