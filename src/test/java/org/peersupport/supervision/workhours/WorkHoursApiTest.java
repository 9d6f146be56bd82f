package org.peersupport.supervision.workhours;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The work-hours ledger over HTTP, as the demo users: submitting through the engine's REST API (bad input
 * refused with 400 naming the field, nothing written), signing off, and who may read the ledger.
 */
@ProcessTest
class WorkHoursApiTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired WorkHourEntries entries;

  final LocalDate yesterday = LocalDate.now().minusDays(1);

  private Http.Reply submit(String user, Object entriesJson) {
    return Http.as(port, user).post("/engine-rest/process-definition/key/work-hours-sign-off/submit-form",
        Http.variables(Map.of("entries", WorkHoursForms.json(entriesJson.toString()))));
  }

  private long started() {
    return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("work-hours-sign-off").count();
  }

  @ParameterizedTest(name = "{0} is refused naming {1}")
  @CsvSource(delimiter = '|', value = {
      "hours 0            | entries[0].hours    | {\"workedOn\":\"DAY\",\"hours\":0,\"activity\":\"ADVOCACY\"}",
      "hours 25           | entries[0].hours    | {\"workedOn\":\"DAY\",\"hours\":25,\"activity\":\"ADVOCACY\"}",
      "hours not a number | entries[0].hours    | {\"workedOn\":\"DAY\",\"hours\":\"many\",\"activity\":\"ADVOCACY\"}",
      "an unknown activity| entries[0].activity | {\"workedOn\":\"DAY\",\"hours\":2,\"activity\":\"NAPPING\"}",
      "no day worked      | entries[0].workedOn | {\"hours\":2,\"activity\":\"ADVOCACY\"}",
      "no hours           | entries[0].hours    | {\"workedOn\":\"DAY\",\"activity\":\"ADVOCACY\"}",
      "no activity        | entries[0].activity | {\"workedOn\":\"DAY\",\"hours\":2}",
      "a day in the future| entries[0].workedOn | {\"workedOn\":\"TOMORROW\",\"hours\":2,\"activity\":\"ADVOCACY\"}",
      "a note too long    | entries[0].note     | {\"workedOn\":\"DAY\",\"hours\":2,\"activity\":\"ADVOCACY\",\"note\":\"LONG\"}"})
  void badEntryIsRefusedNamingTheFieldAndNothingIsWritten(String what, String field, String entry) {
    long entriesBefore = entries.count();
    long startedBefore = started();
    String json = "[" + entry.replace("TOMORROW", LocalDate.now().plusDays(1).toString())
        .replace("DAY", yesterday.toString()).replace("LONG", "x".repeat(201)) + "]";

    Http.Reply refused = submit("alex", json);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains(field);
    assertThat(entries.count()).isEqualTo(entriesBefore);
    assertThat(started()).isEqualTo(startedBefore);
  }

  @Test
  void noEntriesAtAllIsRefusedNamingTheField() {
    long entriesBefore = entries.count();

    Http.Reply refused = submit("alex", "[]");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("entries");
    assertThat(entries.count()).isEqualTo(entriesBefore);
  }

  @Test
  void oneDaysEntriesMayNotAddUpToMoreThan24Hours() {
    Http.Reply refused = submit("alex", "[{\"workedOn\":\"" + yesterday + "\",\"hours\":20,\"activity\":\"ADVOCACY\"},"
        + "{\"workedOn\":\"" + yesterday + "\",\"hours\":5,\"activity\":\"DOCUMENTATION\"}]");

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("entries[1].hours");
  }

  @Test
  void signedOffHoursShowInTheLedgerForTheSpecialistAndTheirSupervisor() {
    Http alex = Http.as(port, "alex");
    Http maria = Http.as(port, "maria");
    Http.Reply started = submit("alex", "[{\"workedOn\":\"" + yesterday + "\",\"hours\":3.25,"
        + "\"activity\":\"GROUP_FACILITATION\",\"note\":\"" + WorkHoursForms.NOTE + "\"}]");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    String task = maria.get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("id").asText();
    assertThat(maria.post("/engine-rest/task/" + task + "/submit-form",
        Http.variables(Map.of("signOffDecision", "SIGN_OFF"))).status()).isEqualTo(204);

    for (Http reader : new Http[] {alex, maria}) {
      JsonNode ledger = reader.get("/api/specialists/alex/work-hours").json();
      JsonNode entry = entryOf(ledger, instance);
      assertThat(entry.get("status").asText()).isEqualTo("SIGNED_OFF");
      assertThat(entry.get("signedBy").asText()).isEqualTo("maria");
      assertThat(entry.get("hours").decimalValue()).isEqualByComparingTo("3.25");
      assertThat(entry.get("note").asText()).isEqualTo(WorkHoursForms.NOTE);
      assertThat(ledger.get("signedHoursTotal").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("3.25"));
      assertThat(ledger.get("signedHoursByMonth").toString()).contains(java.time.YearMonth.from(yesterday).toString());
    }
    // program leads see the hours, never the specialist's note
    JsonNode robinSees = entryOf(Http.as(port, "robin").get("/api/specialists/alex/work-hours").json(), instance);
    assertThat(robinSees.get("hours").decimalValue()).isEqualByComparingTo("3.25");
    assertThat(robinSees.get("note").isNull()).isTrue();
  }

  @ParameterizedTest(name = "{0} gets {1}")
  @CsvSource({"alex, 200", "maria, 200", "robin, 200", "admin, 200", "jordan, 403", "david, 403", "casey, 403"})
  void whoMayReadAlexsWorkHours(String user, int status) {
    assertThat(Http.as(port, user).get("/api/specialists/alex/work-hours").status()).isEqualTo(status);
  }

  @Test
  void anonymousIsAskedToSignIn() {
    assertThat(Http.anonymous(port).get("/api/specialists/alex/work-hours").status()).isEqualTo(401);
  }

  @Test
  void aSupervisorCannotSubmitHours() {
    Http.Reply refused = submit("maria", "[{\"workedOn\":\"" + yesterday + "\",\"hours\":2,\"activity\":\"ADVOCACY\"}]");

    assertThat(refused.status()).as(refused.body()).isBetween(400, 403);
  }

  private static JsonNode entryOf(JsonNode ledger, String instance) {
    for (JsonNode entry : ledger.get("entries")) {
      if (entry.get("processInstanceId").asText().equals(instance)) {
        return entry;
      }
    }
    throw new AssertionError("no entry of " + instance + " in " + ledger);
  }
}
