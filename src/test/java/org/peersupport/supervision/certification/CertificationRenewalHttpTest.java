package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The renewal task through /engine-rest, as Tasklist and REST clients complete it: a bad renewal is
 * refused with 400 naming the field and changes nothing; a good one records the new expiry.
 */
@ProcessTest
class CertificationRenewalHttpTest {

  @LocalServerPort int port;
  @Autowired Certifications certifications;

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private String renewalTask(String processInstanceId) {
    JsonNode tasks = Http.as(port, "alex").get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=Task_RenewCertification").json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  @Test
  void renewalThroughRestIsRefusedWhenNotLaterAndRecordedWhenValid() {
    LocalDate expiry = LocalDate.now().plusDays(60);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("issuingBody", "State Certification Board");
    body.put("credentialName", "Certified Peer Specialist");
    body.put("credentialNumber", "CPS-HTTP-1");
    body.put("stage", "CERTIFIED");
    body.put("issuedOn", LocalDate.now().minusYears(1).toString());
    body.put("expiresOn", expiry.toString());
    JsonNode recorded = Http.as(port, "alex").post("/api/specialists/alex/certifications", body).json();
    long id = recorded.get("id").asLong();
    String task = renewalTask(recorded.get("processInstanceId").asText());

    Http.Reply refused = Http.as(port, "alex").post("/engine-rest/task/" + task + "/submit-form",
        variables(CertificationFormSamples.renewed(expiry.minusDays(1))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("newExpiresOn");
    assertThat(certifications.findById(id).orElseThrow().getExpiresOn()).isEqualTo(expiry);

    assertThat(Http.as(port, "maria").post("/engine-rest/task/" + task + "/submit-form",
        variables(CertificationFormSamples.renewed(expiry.plusYears(2)))).status()).isIn(403, 404);
    assertThat(certifications.findById(id).orElseThrow().getExpiresOn()).isEqualTo(expiry);

    assertThat(Http.as(port, "alex").post("/engine-rest/task/" + task + "/submit-form",
        variables(CertificationFormSamples.renewed(expiry.plusYears(2)))).status()).isEqualTo(204);
    assertThat(certifications.findById(id).orElseThrow().getExpiresOn()).isEqualTo(expiry.plusYears(2));
  }
}
