package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.cycle.SupervisionSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Credentials over HTTP as the demo users: the issue's "done when" walk-through, who may see, record,
 * correct and verify what, and refusals that name the field and write nothing.
 */
@ProcessTest
class CredentialApiTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired SupervisionSessions sessions;
  @Autowired Certifications certifications;
  @Autowired EducationRecords education;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Map<String, Object> certification(LocalDate expiresOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("issuingBody", "State Certification Board");
    body.put("credentialName", "Certified Peer Specialist");
    body.put("credentialNumber", "CPS-" + UUID.randomUUID().toString().substring(0, 8));
    body.put("stage", "CERTIFIED");
    body.put("issuedOn", LocalDate.now().minusYears(1).toString());
    body.put("expiresOn", expiresOn.toString());
    return body;
  }

  private static Map<String, Object> hours(String kind, String topic, String hours, boolean ethics) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("topic", topic);
    body.put("provider", "State peer network");
    body.put("completedOn", LocalDate.now().minusDays(3).toString());
    body.put("hours", new java.math.BigDecimal(hours));
    body.put("ethics", ethics);
    return body;
  }

  private HttpResponse<byte[]> pdf(String user, String path) {
    String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .header("Authorization", "Basic " + token).header("Accept", "application/pdf, application/problem+json")
          .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  @Test
  void alexRecordsCertificationIsRemindedAtThirtyDaysRecordsHoursAndDownloadsTheStatement() throws IOException {
    LocalDate expiry = LocalDate.now().plusDays(40);
    Http.Reply recorded = Http.as(port, "alex").post("/api/specialists/alex/certifications", certification(expiry));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    String renewal = recorded.json().get("processInstanceId").asText();
    assertThat(recorded.json().get("status").asText()).isEqualTo("CURRENT");

    // the engine clock passes the 30-day reminder: the job executor would now run it
    ClockUtil.setCurrentTime(new Date(startOf(expiry.minusDays(30)).getTime() + 60_000));
    for (Job job : processEngine.getManagementService().createJobQuery().processInstanceId(renewal).timers()
        .executable().list()) {
      processEngine.getManagementService().executeJob(job.getId());
    }
    JsonNode alexWork = Http.as(port, "alex").get("/api/me/work").json();
    assertThat(alexWork.findValuesAsText("name")).contains("Your certification expires on " + Dates.shown(expiry));
    JsonNode mariaWork = Http.as(port, "maria").get("/api/me/work").json();
    assertThat(mariaWork.findValuesAsText("name")).contains("Alex Morgan's certification expires on " + Dates.shown(expiry));

    Http.Reply ethics = Http.as(port, "alex").post("/api/specialists/alex/education",
        hours("CONTINUING_EDUCATION", "Ethics and boundaries in peer work", "3.5", true));
    assertThat(ethics.status()).as(ethics.body()).isEqualTo(201);
    assertThat(Http.as(port, "alex").post("/api/specialists/alex/education",
        hours("TRAINING", "Trauma-informed peer support", "12", false)).status()).isEqualTo(201);
    JsonNode mine = Http.as(port, "alex").get("/api/specialists/alex/credentials").json();
    assertThat(mine.get("education").findValuesAsText("topic")).contains("Ethics and boundaries in peer work");
    assertThat(mine.get("trainingHoursByTopic").get("Trauma-informed peer support").decimalValue())
        .isEqualByComparingTo("12");
    assertThat(mine.get("certifications").findValuesAsText("processInstanceId")).contains(renewal);

    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2019, 3, 5), 60);
    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2019, 3, 19), 90);
    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2019, 4, 2), 60);
    SessionFixtures.unsigned(sessions, "alex", "maria", LocalDate.of(2019, 4, 16), 60);
    HttpResponse<byte[]> statement = pdf("alex", "/api/specialists/alex/supervision-statement?from=2019-03&to=2019-04");
    assertThat(statement.statusCode()).isEqualTo(200);
    assertThat(statement.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
    assertThat(statement.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
        .contains("attachment").contains("supervision-hours-alex-2019-03-2019-04.pdf"));
    try (PDDocument document = Loader.loadPDF(statement.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Alex Morgan", "Total: 3 signed sessions, 210 minutes (3.50 hours)",
          "March 2019 2 150 2.50 yes", "April 2019 1 60 1.00 no");
    }
  }

  @Test
  void supervisorsSeeTheirSuperviseesCredentialsAndProgramLeadsEveryones() {
    assertThat(Http.as(port, "alex").get("/api/specialists/alex/credentials").status()).isEqualTo(200);
    assertThat(Http.as(port, "maria").get("/api/specialists/alex/credentials").status()).isEqualTo(200);
    assertThat(Http.as(port, "robin").get("/api/specialists/alex/credentials").status()).isEqualTo(200);
    assertThat(Http.as(port, "david").get("/api/specialists/alex/credentials").status()).isEqualTo(403);
    assertThat(Http.as(port, "jordan").get("/api/specialists/alex/credentials").status()).isEqualTo(403);
    assertThat(pdf("casey", "/api/specialists/alex/supervision-statement").statusCode()).isEqualTo(403);
    assertThat(pdf("maria", "/api/specialists/alex/supervision-statement").statusCode()).isEqualTo(200);
  }

  @Test
  void certificationListsShowEachRoleWhatItMaySeeWithTheStatus() {
    Http.Reply recorded = Http.as(port, "alex").post("/api/specialists/alex/certifications",
        certification(LocalDate.now().plusDays(200)));
    long id = recorded.json().get("id").asLong();

    JsonNode forJordan = Http.as(port, "jordan").get("/api/certifications").json();
    assertThat(forJordan.findValuesAsText("specialistId")).allMatch("jordan"::equals);
    JsonNode forMaria = Http.as(port, "maria").get("/api/certifications").json();
    assertThat(forMaria.findValues("id")).extracting(JsonNode::asLong).contains(id);
    assertThat(forMaria.findValuesAsText("specialistId")).allMatch(s -> s.equals("alex") || s.equals("jordan"));
    JsonNode forRobin = Http.as(port, "robin").get("/api/certifications?status=CURRENT").json();
    assertThat(forRobin.findValues("id")).extracting(JsonNode::asLong).contains(id);
    assertThat(forRobin.findValuesAsText("expired")).allMatch("false"::equals);
  }

  @Test
  void onlyTheSpecialistRecordsTheirOwnCredentials() {
    long before = certifications.count();
    assertThat(Http.as(port, "maria").post("/api/specialists/alex/certifications",
        certification(LocalDate.now().plusDays(200))).status()).isEqualTo(403);
    assertThat(Http.as(port, "robin").post("/api/specialists/alex/certifications",
        certification(LocalDate.now().plusDays(200))).status()).isEqualTo(403);
    assertThat(Http.as(port, "jordan").post("/api/specialists/alex/education",
        hours("CONTINUING_EDUCATION", "Ethics", "2", true)).status()).isEqualTo(403);
    assertThat(certifications.count()).isEqualTo(before);
  }

  @Test
  void credentialsAreKeptForSpecialistsOnly() {
    long before = certifications.count();
    Http.Reply refused = Http.as(port, "maria").post("/api/specialists/maria/certifications",
        certification(LocalDate.now().plusDays(200)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("specialistId");
    assertThat(certifications.count()).isEqualTo(before);
  }

  @Test
  void programLeadsVerifyAndACorrectionAsksForVerificationAgain() {
    long id = Http.as(port, "alex").post("/api/specialists/alex/education",
        hours("CONTINUING_EDUCATION", "Cultural humility", "2", false)).json().get("id").asLong();

    assertThat(Http.as(port, "alex").post("/api/education/" + id + "/verification", "").status()).isEqualTo(403);
    assertThat(Http.as(port, "maria").post("/api/education/" + id + "/verification", "").status()).isEqualTo(403);
    Http.Reply verified = Http.as(port, "robin").post("/api/education/" + id + "/verification", "");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.json().get("verifiedBy").asText()).isEqualTo("robin");

    assertThat(Http.as(port, "maria").put("/api/education/" + id, hours("CONTINUING_EDUCATION", "Cultural humility",
        "3", false)).status()).isEqualTo(403);
    Http.Reply corrected = Http.as(port, "alex").put("/api/education/" + id,
        hours("CONTINUING_EDUCATION", "Cultural humility", "3", false));
    assertThat(corrected.status()).isEqualTo(200);
    assertThat(corrected.json().get("hours").decimalValue()).isEqualByComparingTo("3");
    assertThat(corrected.json().get("verifiedBy").isNull()).isTrue();

    long certificationId = Http.as(port, "alex").post("/api/specialists/alex/certifications",
        certification(LocalDate.now().plusDays(300))).json().get("id").asLong();
    Http.Reply certified = Http.as(port, "robin").post("/api/certifications/" + certificationId + "/verification", "");
    assertThat(certified.json().get("verifiedBy").asText()).isEqualTo("robin");
    Map<String, Object> correction = certification(LocalDate.now());
    correction.remove("expiresOn");
    Http.Reply recertified = Http.as(port, "alex").put("/api/certifications/" + certificationId, correction);
    assertThat(recertified.status()).as(recertified.body()).isEqualTo(200);
    assertThat(recertified.json().get("verifiedBy").isNull()).isTrue();
    assertThat(recertified.json().get("expiresOn").asText()).isEqualTo(LocalDate.now().plusDays(300).toString());
  }

  @Test
  void badCertificationIsRefusedNamingTheFieldsAndWritesNothing() {
    long before = certifications.count();
    long processes = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("certification-renewal").count();
    Map<String, Object> bad = certification(LocalDate.now().minusDays(1));
    bad.put("credentialNumber", "<script>");

    Http.Reply refused = Http.as(port, "alex").post("/api/specialists/alex/certifications", bad);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).contains("expiresOn", "credentialNumber");
    assertThat(refused.body()).doesNotContain("<script>");
    assertThat(certifications.count()).isEqualTo(before);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("certification-renewal").count()).isEqualTo(processes);
  }

  @Test
  void expiryNotAfterTheIssueDateIsRefusedAndNoRenewalStarts() {
    long before = certifications.count();
    Map<String, Object> bad = certification(LocalDate.now().plusDays(10));
    bad.put("issuedOn", LocalDate.now().toString());
    bad.put("expiresOn", LocalDate.now().plusYears(11).toString());

    Http.Reply refused = Http.as(port, "alex").post("/api/specialists/alex/certifications", bad);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("expiresOn");
    assertThat(certifications.count()).isEqualTo(before);
  }

  @Test
  void badHoursAreRefusedNamingTheFieldAndWriteNothing() {
    long before = education.count();
    Map<String, Object> bad = hours("CONTINUING_EDUCATION", "x".repeat(201), "0", true);
    bad.put("completedOn", LocalDate.now().plusDays(1).toString());

    Http.Reply refused = Http.as(port, "alex").post("/api/specialists/alex/education", bad);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).contains("topic", "hours", "completedOn");
    assertThat(education.count()).isEqualTo(before);
  }

  @Test
  void statementPeriodOutOfRangeIsRefused() {
    assertThat(pdf("alex", "/api/specialists/alex/supervision-statement?from=2019-05&to=2019-04").statusCode())
        .isEqualTo(400);
  }
}
