package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.people.Relationships;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Supervisors' own record: training lapses when the refresher is overdue, caseload over the maximum is
 * flagged, and who may see and record what. maria's trainings belong to this test; david has none.
 */
@ProcessTest
class SupervisorRecordsTest {

  @LocalServerPort int port;
  @Autowired Relationships relationships;

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  static final Period EVERY_TWO_YEARS = Period.ofYears(2);

  @Test
  void trainingLapsesTheDayAfterTheRefresherIsDue() {
    assertThat(SupervisorRecords.Standing.of("maria", "Maria", TODAY.minusYears(2), EVERY_TWO_YEARS, TODAY, 2, 8)
        .trainingLapsed()).isFalse();
    assertThat(SupervisorRecords.Standing.of("maria", "Maria", TODAY.minusYears(2).minusDays(1), EVERY_TWO_YEARS,
        TODAY, 2, 8).trainingLapsed()).isTrue();
    SupervisorRecords.Standing untrained = SupervisorRecords.Standing.of("maria", "Maria", null, EVERY_TWO_YEARS,
        TODAY, 2, 8);
    assertThat(untrained.trainingLapsed()).isTrue();
    assertThat(untrained.refresherDueOn()).isNull();
  }

  @Test
  void caseloadOverTheMaximumIsFlaggedAndAtTheMaximumIsNot() {
    assertThat(SupervisorRecords.Standing.of("maria", "Maria", TODAY, EVERY_TWO_YEARS, TODAY, 8, 8).overCapacity())
        .isFalse();
    assertThat(SupervisorRecords.Standing.of("maria", "Maria", TODAY, EVERY_TWO_YEARS, TODAY, 9, 8).overCapacity())
        .isTrue();
  }

  private static Map<String, Object> refresher(LocalDate on) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "REFRESHER");
    body.put("provider", "State peer supervision institute");
    body.put("completedOn", on.toString());
    body.put("hours", 6);
    return body;
  }

  @Test
  void aSupervisorRecordsTheirRefresherAndProgramLeadsSeeEveryonesStanding() {
    Http.Reply recorded = Http.as(port, "maria").post("/api/supervisors/maria/training",
        refresher(LocalDate.now().minusMonths(3)));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

    JsonNode own = Http.as(port, "maria").get("/api/supervisors/maria/record").json();
    assertThat(own.get("standing").get("trainingLapsed").asBoolean()).isFalse();
    assertThat(own.get("standing").get("refresherDueOn").asText())
        .isEqualTo(LocalDate.now().minusMonths(3).plusYears(2).toString());
    assertThat(own.get("standing").get("caseload").asInt()).isEqualTo(relationships.superviseesOf("maria").size());
    assertThat(own.get("standing").get("maximumCaseload").asInt()).isEqualTo(8);

    JsonNode all = Http.as(port, "robin").get("/api/supervisors").json();
    for (JsonNode standing : all) {
      if (standing.get("supervisorId").asText().equals("david")) {
        assertThat(standing.get("trainingLapsed").asBoolean()).as("david has no training recorded").isTrue();
      }
    }
    assertThat(all.findValuesAsText("supervisorId")).contains("maria", "david");

    long id = recorded.json().get("id").asLong();
    assertThat(Http.as(port, "maria").post("/api/supervisor-training/" + id + "/verification", "").status())
        .isEqualTo(403);
    assertThat(Http.as(port, "robin").post("/api/supervisor-training/" + id + "/verification", "").json()
        .get("verifiedBy").asText()).isEqualTo("robin");
  }

  @Test
  void othersCannotSeeOrWriteASupervisorsRecord() {
    assertThat(Http.as(port, "david").get("/api/supervisors/maria/record").status()).isEqualTo(403);
    assertThat(Http.as(port, "alex").get("/api/supervisors/maria/record").status()).isEqualTo(403);
    assertThat(Http.as(port, "maria").get("/api/supervisors").status()).isEqualTo(403);
    assertThat(Http.as(port, "robin").post("/api/supervisors/maria/training", refresher(LocalDate.now())).status())
        .isEqualTo(403);
  }

  @Test
  void badTrainingIsRefusedNamingTheFieldAndWritesNothing() {
    int before = Http.as(port, "david").get("/api/supervisors/david/record").json().get("trainings").size();
    Map<String, Object> bad = refresher(LocalDate.now().plusDays(2));
    bad.put("provider", "");

    Http.Reply refused = Http.as(port, "david").post("/api/supervisors/david/training", bad);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).contains("provider", "completedOn");
    assertThat(Http.as(port, "david").get("/api/supervisors/david/record").json().get("trainings").size())
        .isEqualTo(before);
  }
}
