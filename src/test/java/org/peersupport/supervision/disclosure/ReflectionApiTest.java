package org.peersupport.supervision.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The privacy rules of /api/reflections over HTTP, through the real security setup, as the demo
 * users: the text is for alex and his supervisor maria only; robin (program lead) lists without
 * text; jordan (another specialist) and david (another supervisor) see nothing of alex's.
 */
@ProcessTest
class ReflectionApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired Reflections reflections;

  private long alexsReflection;

  @BeforeEach
  void alexHasAModerateReflection() {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("disclosure-reflection").latestVersion().singleResult().getId();
    ProcessInstance instance = engine.as("alex", () ->
        (ProcessInstance) processEngine.getFormService().submitStartForm(definition, ReflectionForms.startOwn()));
    engine.submit("alex", instance.getId(), "Task_WriteReflection", ReflectionForms.moderateRisk());
    alexsReflection = reflections.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, user).getForEntity(path, String.class);
  }

  private static JsonNode body(ResponseEntity<String> response) throws Exception {
    return JSON.readTree(response.getBody());
  }

  @Test
  void theSpecialistReadsTheirOwnReflectionWithItsText() throws Exception {
    ResponseEntity<String> response = get("alex", "/api/reflections/" + alexsReflection);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode reflection = body(response);
    assertThat(reflection.get("whatHappened").asText()).isEqualTo(ReflectionForms.PRIVATE_TEXT);
    assertThat(reflection.get("peerCode").asText()).isEqualTo("P-2077");
    assertThat(reflection.get("summary").get("riskLevel").asText()).isEqualTo("MODERATE");
  }

  @Test
  void theirOwnSupervisorReadsTheReflectionWithItsText() throws Exception {
    ResponseEntity<String> response = get("maria", "/api/reflections/" + alexsReflection);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(body(response).get("whatHappened").asText()).isEqualTo(ReflectionForms.PRIVATE_TEXT);
  }

  @Test
  void aProgramLeadListsReflectionsWithoutAnyText() throws Exception {
    ResponseEntity<String> response = get("robin", "/api/reflections?specialistId=alex");

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).doesNotContain("relapse", "P-2077", "Ask-Share-Ask", "whatHappened", "peerCode");
    JsonNode mine = null;
    for (JsonNode row : body(response)) {
      if (row.get("id").asLong() == alexsReflection) {
        mine = row;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("situationType").asText()).isEqualTo("INTENTIONAL_SELF_DISCLOSURE");
    assertThat(mine.get("riskLevel").asText()).isEqualTo("MODERATE");
    assertThat(mine.get("situationDate").asText()).isEqualTo(LocalDate.now().minusDays(1).toString());
    assertThat(mine.has("reviewDueAt")).isTrue();
  }

  @Test
  void aProgramLeadIsRefusedTheTextOfAReflection() {
    ResponseEntity<String> response = get("robin", "/api/reflections/" + alexsReflection);

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getBody()).doesNotContain("relapse", "P-2077");
  }

  @Test
  void anotherSpecialistIsRefusedTheReflectionAndTheList() {
    assertThat(get("jordan", "/api/reflections/" + alexsReflection).getStatusCode().value()).isEqualTo(403);
    assertThat(get("jordan", "/api/reflections?specialistId=alex").getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> own = get("jordan", "/api/reflections");
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(own.getBody()).doesNotContain("\"alex\"");
  }

  @Test
  void anotherSupervisorIsRefusedTheReflectionAndTheList() {
    ResponseEntity<String> detail = get("david", "/api/reflections/" + alexsReflection);
    assertThat(detail.getStatusCode().value()).isEqualTo(403);
    assertThat(detail.getBody()).doesNotContain("relapse");
    assertThat(get("david", "/api/reflections?specialistId=alex").getStatusCode().value()).isEqualTo(403);
    assertThat(get("david", "/api/reflections").getBody()).doesNotContain("\"alex\"");
  }

  @Test
  void withoutSigningInNothingIsShown() {
    assertThat(http.getForEntity("/api/reflections", String.class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void theListFiltersByTypeRiskAndPeriod() throws Exception {
    String yesterday = LocalDate.now().minusDays(1).toString();
    assertThat(ids(get("maria", "/api/reflections?type=INTENTIONAL_SELF_DISCLOSURE&risk=MODERATE&from=" + yesterday
        + "&to=" + yesterday))).contains(alexsReflection);
    assertThat(ids(get("maria", "/api/reflections?risk=HIGH"))).doesNotContain(alexsReflection);
    assertThat(ids(get("maria", "/api/reflections?type=GIFT_OFFERED_OR_ACCEPTED"))).doesNotContain(alexsReflection);
    assertThat(ids(get("maria", "/api/reflections?to=" + LocalDate.now().minusDays(2)))).doesNotContain(alexsReflection);
    assertThat(ids(get("alex", "/api/reflections"))).contains(alexsReflection);
  }

  @Test
  void badFiltersAreRefused() {
    assertThat(get("maria", "/api/reflections?risk=EXTREME").getStatusCode().value()).isEqualTo(400);
    assertThat(get("maria", "/api/reflections?from=2026-02-01&to=2026-01-01").getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void aBadReflectionOverHttpIsRejectedWith400AndNothingIsWritten() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> started = http.withBasicAuth("alex", "alex").postForEntity(
        "/engine-rest/process-definition/key/disclosure-reflection/submit-form",
        new HttpEntity<>("{\"variables\": {}}", headers), String.class);
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String instance = body(started).get("id").asText();
    String task = engine.task(instance, "Task_WriteReflection").getId();
    long before = reflections.count();

    String bad = JSON.writeValueAsString(Map.of("variables", Map.of(
        "situationType", Map.of("value", "INTENTIONAL_SELF_DISCLOSURE", "type", "String"),
        "situationDate", Map.of("value", LocalDate.now().plusDays(3).toString(), "type", "String"),
        "peerCode", Map.of("value", "Maria Smith", "type", "String"),
        "whatHappened", Map.of("value", "I shared.", "type", "String"),
        "needsServed", Map.of("value", "NOBODY", "type", "String"),
        "ownRecoveryDistress", Map.of("value", 2, "type", "Integer"))));
    ResponseEntity<String> refused = http.withBasicAuth("alex", "alex").postForEntity(
        "/engine-rest/task/" + task + "/submit-form", new HttpEntity<>(bad, headers), String.class);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("peerCode", "situationDate", "needsServed", "peerResponse", "wouldDoAgain")
        .doesNotContain("Maria Smith");
    assertThat(reflections.count()).isEqualTo(before);
    assertThat(processEngine.getRuntimeService().getVariable(instance, "whatHappened")).isNull();
    assertThat(engine.task(instance, "Task_WriteReflection").getId()).isEqualTo(task);
  }

  @Test
  void anotherSpecialistCannotSubmitSomeoneElsesReflection() throws Exception {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("disclosure-reflection").latestVersion().singleResult().getId();
    ProcessInstance instance = engine.as("alex", () ->
        (ProcessInstance) processEngine.getFormService().submitStartForm(definition, ReflectionForms.startOwn()));
    String task = engine.task(instance.getId(), "Task_WriteReflection").getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> variables = new java.util.HashMap<>();
    ReflectionForms.lowRisk().forEach((k, v) -> variables.put(k, Map.of("value", v)));

    ResponseEntity<String> refused = http.withBasicAuth("jordan", "jordan").postForEntity(
        "/engine-rest/task/" + task + "/submit-form",
        new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers), String.class);

    assertThat(refused.getStatusCode().value()).isIn(403, 404);
    assertThat(reflections.findByProcessInstanceId(instance.getId())).isEmpty();
  }

  private static java.util.List<Long> ids(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    java.util.List<Long> ids = new java.util.ArrayList<>();
    body(response).forEach(row -> ids.add(row.get("id").asLong()));
    return ids;
  }
}
