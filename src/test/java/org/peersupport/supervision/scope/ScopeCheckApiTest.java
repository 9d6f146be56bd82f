package org.peersupport.supervision.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Scope checks over HTTP, through the real security setup as the demo users: raising one from the REST
 * API Tasklist uses, who sees what (the description only for the specialist and their supervisor),
 * refusals that write nothing, and recording a revoked consent.
 */
@ProcessTest
class ScopeCheckApiTest {

  static final String DESCRIPTION = "Talked about ending their life this weekend; has pills saved up.";

  @Autowired TestRestTemplate rest;
  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired ScopeChecks checks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> raise(String user, String peerCode, String category, String indicatorsJson,
      String extra) {
    String body = """
        {"variables": {
          "peerCode": {"value": "%s", "type": "String"},
          "requestCategory": {"value": "%s", "type": "String"},
          "needUnclear": {"value": false, "type": "Boolean"},
          "riskIndicators": {"value": "%s", "type": "Json"},
          "scopeDescription": {"value": "%s", "type": "String"}%s
        }}""".formatted(peerCode, category, indicatorsJson.replace("\"", "\\\""), DESCRIPTION, extra);
    return call(user, HttpMethod.POST, "/engine-rest/process-definition/key/scope-check/submit-form", body);
  }

  private String raisedId(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String body = response.getBody();
    int start = body.indexOf("\"id\":\"") + 6;
    return body.substring(start, body.indexOf('"', start));
  }

  @Test
  void suicideRiskRaisedByJordanGivesJordanACrisisTaskNotifiesMariaAndEscalatesToRobinAfterTheTimeout() {
    String id = raisedId(raise("jordan", "P-5531", "RECOVERY_GOAL_SUPPORT", "[\"SUICIDAL_THOUGHTS\"]", ""));

    assertThat(call("jordan", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + id, null).getBody())
        .contains("Task_RespondToCrisis").contains("\"assignee\":\"jordan\"");
    assertThat(call("maria", HttpMethod.GET, "/engine-rest/task?assignee=maria&processInstanceId=" + id, null).getBody())
        .contains("Task_AcknowledgeCrisis");
    assertThat(call("robin", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + id, null).getBody())
        .isEqualTo("[]");

    var timer = processEngine.getManagementService().createJobQuery().processInstanceId(id)
        .activityId("Event_AcknowledgmentOverdue").singleResult();
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
    engine.fireTimer(id, "Event_AcknowledgmentOverdue");

    String robinsTasks = call("robin", HttpMethod.GET, "/engine-rest/task?candidateGroup=program-leads", null).getBody();
    ProcessInstance followUp = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("program-lead-follow-up").processInstanceBusinessKey(id).singleResult();
    assertThat(robinsTasks).contains(followUp.getId()).doesNotContain("P-5531").doesNotContain("pills");
    String followUpVariables = call("robin", HttpMethod.GET,
        "/engine-rest/process-instance/" + followUp.getId() + "/variables", null).getBody();
    assertThat(followUpVariables).doesNotContain("P-5531").doesNotContain("pills");
  }

  @Test
  void theDescriptionIsSeenByTheSpecialistAndTheirSupervisorOnly() {
    String id = raisedId(raise("jordan", "P-7710", "MEDICATION_QUESTION", "[]", ""));

    for (String user : new String[] {"jordan", "maria"}) {
      ResponseEntity<String> response = call(user, HttpMethod.GET, "/api/scope-checks/" + id, null);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).as(user).contains(DESCRIPTION).contains("P-7710").contains("\"tableOutcome\":\"REFER\"");
    }
    ResponseEntity<String> lead = call("robin", HttpMethod.GET, "/api/scope-checks/" + id, null);
    assertThat(lead.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lead.getBody()).contains("\"requestCategory\":\"MEDICATION_QUESTION\"").contains("\"timings\"")
        .contains("\"privateDetails\":null").doesNotContain("pills").doesNotContain("P-7710");
    assertThat(call("robin", HttpMethod.GET, "/api/scope-checks", null).getBody())
        .contains(id).doesNotContain("pills").doesNotContain("P-7710");

    for (String user : new String[] {"alex", "casey", "david"}) {
      assertThat(call(user, HttpMethod.GET, "/api/scope-checks/" + id, null).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(call("alex", HttpMethod.GET, "/api/scope-checks", null).getBody()).doesNotContain(id);
    assertThat(call("david", HttpMethod.GET, "/api/scope-checks", null).getBody()).doesNotContain(id);
    assertThat(call("maria", HttpMethod.GET, "/api/scope-checks", null).getBody()).contains(id).contains(DESCRIPTION);
    // nor through Camunda's own API
    ResponseEntity<String> variables = call("robin", HttpMethod.GET,
        "/engine-rest/process-instance/" + id + "/variables", null);
    assertThat(variables.getStatusCode().is4xxClientError()).isTrue();
    assertThat(variables.getBody()).doesNotContain("pills");
  }

  @Test
  void unknownScopeCheckIsNotFound() {
    assertThat(call("robin", HttpMethod.GET, "/api/scope-checks/no-such-check", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badPeerCodeIsRefusedWithTheFieldNamedAndNothingWritten() {
    long rows = checks.count();
    long instances = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("scope-check").count();

    ResponseEntity<String> response = raise("jordan", "Jane Doe", "MEDICATION_QUESTION", "[]", "");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("peerCode").doesNotContain("Jane Doe");
    assertThat(checks.count()).isEqualTo(rows);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("scope-check")
        .count()).isEqualTo(instances);
  }

  @Test
  void submittingWhoTheSpecialistIsIsRefused() {
    long rows = checks.count();

    ResponseEntity<String> response = raise("jordan", "P-1042", "MEDICATION_QUESTION", "[]",
        ", \"specialistId\": {\"value\": \"casey\", \"type\": \"String\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("specialistId: is not a field of this form");
    assertThat(checks.count()).isEqualTo(rows);
  }

  @Test
  void overrideWithoutReasonIsRefusedOverHttpAndNothingIsWritten() {
    String id = raisedId(raise("alex", "P-3302", "LEGAL_QUESTION", "[]", ""));
    String task = engine.task(id, "Task_DecideScope").getId();

    ResponseEntity<String> response = call("maria", HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
        "{\"variables\": {\"supervisorOutcome\": {\"value\": \"WITHIN_SCOPE\", \"type\": \"String\"}}}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("decisionReason");
    assertThat(checks.findByProcessInstanceId(id).orElseThrow().getOutcome()).isNull();
    assertThat(engine.task(id, "Task_DecideScope").getId()).isEqualTo(task);
  }

  @Test
  void revokedConsentIsRecordedByTheSpecialistAndStopsTheReferral() {
    String id = raisedId(raise("jordan", "P-8800", "DIAGNOSIS_OR_ASSESSMENT", "[]", ""));
    engine.submit("maria", id, "Task_DecideScope", Map.of("supervisorOutcome", "REFER"));
    ProcessInstance referral = processEngine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(id).singleResult();
    String path = "/api/scope-checks/" + id + "/referral/consent-revocation";
    String revocation = "{\"revokedOn\": \"" + LocalDate.now() + "\", \"revocationReference\": \"REV-88\"}";

    // nothing to revoke before consent is given
    assertThat(call("jordan", HttpMethod.POST, path, revocation).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    engine.submit("jordan", referral.getId(), "Task_RecordConsent", consentGiven());

    assertThat(call("alex", HttpMethod.POST, path, revocation).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noReference = call("jordan", HttpMethod.POST, path,
        "{\"revokedOn\": \"" + LocalDate.now() + "\"}");
    assertThat(noReference.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReference.getBody()).contains("revocationReference");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral.getId())
        .count()).isOne();

    ResponseEntity<String> revoked = call("jordan", HttpMethod.POST, path, revocation);

    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revoked.getBody()).contains("CONSENT_REVOKED");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral.getId())
        .count()).isZero();
    assertThat(call("robin", HttpMethod.GET, "/api/scope-checks/" + id, null).getBody())
        .contains("\"outcome\":\"CONSENT_REVOKED\"").doesNotContain("REV-88");
  }

  private static Map<String, Object> consentGiven() {
    return Map.of("consentDecision", "GIVEN", "disclosingProgram", "Riverside Peer Support Program",
        "disclosureRecipient", "Riverside Assessment Clinic", "informationToDisclose", "Contact details",
        "disclosurePurpose", "To arrange an assessment", "consentExpiresOn", LocalDate.now().plusMonths(3).toString(),
        "revocationRightExplained", true, "consentSignedOn", LocalDate.now().toString(),
        "signedConsentReference", "CONSENT-88");
  }
}
