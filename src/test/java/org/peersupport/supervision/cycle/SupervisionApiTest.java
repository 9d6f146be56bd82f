package org.peersupport.supervision.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The product's supervision API: my open work, and supervision history with minutes per month. */
@ProcessTest
class SupervisionApiTest {

  @LocalServerPort int port;
  @Autowired Engine engine;

  private ProcessInstance signedCycleForJordan(int minutes) {
    ProcessInstance cycle = engine.as("maria", () -> (ProcessInstance) engine.engine().getFormService()
        .submitStartForm(engine.engine().getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("supervision-cycle").latestVersion().singleResult().getId(), CycleForms.start("jordan")));
    engine.submit("maria", cycle.getId(), "Task_AssignPrompts", CycleForms.assignPrompts(LocalDate.now().plusDays(3)));
    engine.submit("jordan", cycle.getId(), "Task_CompleteReflection", CycleForms.reflection());
    var record = CycleForms.sessionRecord(true);
    record.put("durationMinutes", minutes);
    engine.submit("maria", cycle.getId(), "Task_RecordSession", record);
    engine.submit("jordan", cycle.getId(), "Task_ReviewSessionRecord", CycleForms.acknowledge());
    return cycle;
  }

  @Test
  void myWorkListsMyOpenTasksAndForASupervisorTheirSuperviseesToo() {
    ProcessInstance cycle = engine.as("maria", () -> (ProcessInstance) engine.engine().getFormService()
        .submitStartForm(engine.engine().getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("supervision-cycle").latestVersion().singleResult().getId(), CycleForms.start("jordan")));
    engine.submit("maria", cycle.getId(), "Task_AssignPrompts", CycleForms.assignPrompts(LocalDate.now().plusDays(3)));

    JsonNode jordans = Http.as(port, "jordan").get("/api/me/work").json();
    assertThat(jordans.findValuesAsText("processInstanceId")).contains(cycle.getId());
    JsonNode marias = Http.as(port, "maria").get("/api/me/work").json();
    assertThat(marias.findValuesAsText("processInstanceId")).contains(cycle.getId());
    for (JsonNode work : marias) {
      if (work.get("processInstanceId").asText().equals(cycle.getId())) {
        assertThat(work.get("mine").asBoolean()).isFalse();
        assertThat(work.get("assignee").asText()).isEqualTo("jordan");
      }
    }
    assertThat(Http.as(port, "casey").get("/api/me/work").json().findValuesAsText("processInstanceId"))
        .doesNotContain(cycle.getId());
    assertThat(Http.as(port, "robin").get("/api/me/work").json().findValuesAsText("processInstanceId"))
        .doesNotContain(cycle.getId());
  }

  @Test
  void signedSessionsAndMinutesAccumulatePerMonthAgainstTheMinimum() {
    String month = YearMonth.now().toString();
    JsonNode before = Http.as(port, "jordan").get("/api/specialists/jordan/supervision?from=" + month + "&to=" + month).json();
    long sessionsBefore = before.get("months").get(0).get("sessions").asLong();
    long minutesBefore = before.get("months").get(0).get("minutes").asLong();

    signedCycleForJordan(70);
    signedCycleForJordan(55);

    JsonNode after = Http.as(port, "jordan").get("/api/specialists/jordan/supervision?from=" + month + "&to=" + month).json();
    JsonNode thisMonth = after.get("months").get(0);
    assertThat(thisMonth.get("month").asText()).isEqualTo(month);
    assertThat(thisMonth.get("sessions").asLong()).isEqualTo(sessionsBefore + 2);
    assertThat(thisMonth.get("minutes").asLong()).isEqualTo(minutesBefore + 125);
    assertThat(thisMonth.get("meetsMinimum").asBoolean()).isEqualTo(
        sessionsBefore + 2 >= 2 && minutesBefore + 125 >= 120);
    assertThat(after.get("minimum").get("sessionsPerMonth").asInt()).isEqualTo(2);
    assertThat(after.get("minimum").get("minutesPerMonth").asInt()).isEqualTo(120);
    assertThat(after.get("sessions").findValuesAsText("status")).contains("ATTESTED");
    assertThat(after.toString()).as("wellness stays out of the supervision history")
        .doesNotContain("wellness").doesNotContain("supportPlan");
  }

  @Test
  void aYearIsShownMonthByMonthIncludingMonthsWithoutSessions() {
    JsonNode history = Http.as(port, "alex").get("/api/specialists/alex/supervision").json();
    assertThat(history.get("months")).hasSize(12);
    assertThat(history.get("months").get(11).get("month").asText()).isEqualTo(YearMonth.now().toString());
  }

  @Test
  void onlyTheSpecialistAndTheirSupervisorSeeTheHistory() {
    assertThat(Http.as(port, "jordan").get("/api/specialists/jordan/supervision").status()).isEqualTo(200);
    assertThat(Http.as(port, "maria").get("/api/specialists/jordan/supervision").status()).isEqualTo(200);
    for (String stranger : new String[] {"alex", "casey", "david", "robin"}) {
      assertThat(Http.as(port, stranger).get("/api/specialists/jordan/supervision").status()).as(stranger).isEqualTo(403);
    }
  }

  @Test
  void aBadPeriodIsA400() {
    Http jordan = Http.as(port, "jordan");
    assertThat(jordan.get("/api/specialists/jordan/supervision?from=2026-13").status()).isEqualTo(400);
    Http.Reply reversed = jordan.get("/api/specialists/jordan/supervision?from=2026-06&to=2026-01");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.body()).contains("from");
  }
}
