package org.peersupport.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.supervision.audit.AuditHistory.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The report over HTTP as the demo users, through the real security setup: program leads see the
 * program and drill into one team, supervisors only their own team, specialists nothing; JSON and
 * CSV. History seeded in May 2010, before any other test's history (open cycles of later years would
 * count as open past due).
 */
@ProcessTest
class AuditApiTest {

  private static boolean seeded;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void seedOnce() {
    if (seeded) {
      return;
    }
    seeded = true;
    AuditHistory history = new AuditHistory(jdbc);
    history.cycle("maria", "alex", at("2010-05-01T09:00"), at("2010-05-05T09:00"));
    history.cycle("maria", "jordan", at("2010-05-01T09:00"), at("2010-05-25T09:00"));
    history.cycle("david", "casey", at("2010-05-02T09:00"), at("2010-05-09T09:00"));
    long check = history.scopeCheck("maria", "alex", at("2010-05-03T10:00"), "REFER", "WITHIN_SCOPE", null, null);
    history.override(check, "maria", "REFER", "WITHIN_SCOPE", "=HYPERLINK(\"x\"), only navigation", at("2010-05-03T11:00"));
  }

  @Test
  void programLeadGetsTheWholeProgramAsJson() {
    Http.Reply reply = Http.as(port, "robin").get("/api/audit/report?month=2010-05");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode report = reply.json();
    assertThat(report.get("from").asText()).isEqualTo("2010-05-01");
    assertThat(report.get("supervisorId").isNull()).isTrue();
    assertThat(report.get("cycles").get("completed").asInt()).isEqualTo(3);
    assertThat(report.get("cycles").get("onTimePercent").asDouble()).isEqualTo(66.67);
    assertThat(supervisors(report)).containsExactly("david", "maria");
    assertThat(report.get("cyclesBySupervisor").get(1).get("supervisorName").asText()).isEqualTo("Maria Alvarez");
  }

  @Test
  void programLeadDrillsIntoOneSupervisorsTeam() {
    JsonNode report = Http.as(port, "robin").get("/api/audit/report?month=2010-05&supervisorId=david").json();

    assertThat(report.get("supervisorId").asText()).isEqualTo("david");
    assertThat(supervisors(report)).containsExactly("david");
    assertThat(report.get("overrides")).isEmpty();
  }

  @Test
  void supervisorSeesOwnTeamWithoutAsking() {
    JsonNode report = Http.as(port, "maria").get("/api/audit/report?month=2010-05").json();

    assertThat(report.get("supervisorId").asText()).isEqualTo("maria");
    assertThat(supervisors(report)).containsExactly("maria");
  }

  @Test
  void supervisorCannotSeeAnotherTeam() {
    Http.Reply reply = Http.as(port, "maria").get("/api/audit/report?month=2010-05&supervisorId=david");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(Http.as(port, "maria").get("/api/audit/report.csv?month=2010-05&supervisorId=david").status()).isEqualTo(403);
  }

  @Test
  void specialistIsRefused() {
    assertThat(Http.as(port, "alex").get("/api/audit/report?month=2010-05").status()).isEqualTo(403);
    assertThat(Http.as(port, "alex").get("/api/audit/report.csv?month=2010-05").status()).isEqualTo(403);
    assertThat(Http.as(port, "alex").get("/api/audit/follow-up-actions").status()).isEqualTo(403);
  }

  @Test
  void withoutCredentialsIsUnauthorized() {
    assertThat(Http.anonymous(port).get("/api/audit/report").status()).isEqualTo(401);
  }

  @Test
  void badPeriodIsRefusedNamingTheField() {
    Http.Reply month = Http.as(port, "robin").get("/api/audit/report?month=2010-13");
    Http.Reply range = Http.as(port, "robin").get("/api/audit/report?from=2010-05-31&to=2010-05-01");
    Http.Reply quarter = Http.as(port, "robin").get("/api/audit/report?quarter=2010-Q5");

    assertThat(month.status()).isEqualTo(400);
    assertThat(month.json().get("errors").get(0).get("field").asText()).isEqualTo("month");
    assertThat(range.status()).isEqualTo(400);
    assertThat(range.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
    assertThat(quarter.json().get("errors").get(0).get("field").asText()).isEqualTo("quarter");
  }

  @Test
  void csvHasOneFigurePerRowAndDefusesFormulas() {
    Http.Reply reply = Http.as(port, "robin").get("/api/audit/report.csv?month=2010-05");

    assertThat(reply.status()).isEqualTo(200);
    List<String> lines = List.of(reply.body().split("\r\n"));
    assertThat(lines.get(0)).isEqualTo(AuditCsv.HEADER);
    // beside each code column its words: the period, the section, the names, the measure and a coded value
    String may = "2010-05-01,2010-05-31,May 2010,";
    assertThat(lines).contains(may + "cycles,Supervision cycles,,,,,completed,Cycles completed,3,",
        may + "supervisor,Per supervisor,maria,Maria Alvarez,,,cycles_on_time,Cycles completed on time,1,",
        may + "scope_checks,Scope checks,,,,,table_outcome_REFER,The table answered: Refer to licensed care,1,");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith(may + "override,Supervisor overrides,maria,Maria Alvarez,alex,")
        .contains(",override_REFER_to_WITHIN_SCOPE_scope_check_")
        .contains(": the table said Refer to licensed care, the supervisor decided Within peer scope;")
        .endsWith(",\"'=HYPERLINK(\"\"x\"\"), only navigation\","));
    // the words column never repeats a code
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",")[4]).doesNotContain("_"));
  }

  @Test
  void quarterCoversThreeMonths() {
    JsonNode report = Http.as(port, "robin").get("/api/audit/report?quarter=2010-Q2").json();

    assertThat(report.get("from").asText()).isEqualTo("2010-04-01");
    assertThat(report.get("to").asText()).isEqualTo("2010-06-30");
    assertThat(report.get("months")).hasSize(3);
  }

  private static List<String> supervisors(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("cyclesBySupervisor").forEach(s -> ids.add(s.get("supervisorId").asText()));
    return ids;
  }
}
