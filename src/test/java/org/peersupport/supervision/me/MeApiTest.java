package org.peersupport.supervision.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.certification.Credentials;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /me over HTTP: each person's own record, a supervisor's team without wellness data, default deny for
 * everyone else, and the add-forms refusing bad values by their labels without writing anything.
 */
@ProcessTest
class MeApiTest {

  @LocalServerPort int port;
  @Autowired Engine engine;
  @Autowired Credentials credentials;

  private static final String PLAN = "Fewer evening groups for a month; check in weekly; EAP number shared.";

  private static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** A cycle of maria with alex through the signature; with a wellness concern, through alex's confirmed plan. */
  private ProcessInstance signedCycleForAlex(boolean wellnessConcern) {
    ProcessInstance cycle = engine.as("maria", () -> (ProcessInstance) engine.engine().getFormService()
        .submitStartForm(engine.engine().getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey("supervision-cycle").latestVersion().singleResult().getId(),
            new HashMap<>(Map.of("specialistId", "alex"))));
    Map<String, Object> prompts = new HashMap<>();
    prompts.put("reflectionPrompts", json("[\"BOUNDARIES\",\"OWN_RECOVERY\"]"));
    prompts.put("reflectionDueDate", LocalDate.now().plusDays(3).toString());
    engine.submit("maria", cycle.getId(), "Task_AssignPrompts", prompts);
    Map<String, Object> reflection = new HashMap<>();
    reflection.put("boundariesAnswer", "P-1042 offered a gift card; I thanked them and declined.");
    reflection.put("ownRecoveryAnswer", "A hard week; I used my own supports.");
    reflection.put("disclosureSummary", "Shared briefly about my first year in recovery.");
    reflection.put("wellnessSelfRating", "2");
    reflection.put("wellnessNote", "Sleeping badly.");
    for (CompetencyDomain domain : CompetencyDomain.values()) {
      reflection.put(domain.ratingField(), 3);
    }
    engine.submit("alex", cycle.getId(), "Task_CompleteReflection", reflection);
    Map<String, Object> record = new HashMap<>();
    record.put("sessionDate", LocalDate.now().toString());
    record.put("durationMinutes", 60);
    record.put("sessionFormat", "INDIVIDUAL");
    record.put("topics", json("[\"BOUNDARIES\",\"SELF_DISCLOSURE\"]"));
    record.put("competenciesDiscussed", json("[\"SHARING_LIVED_EXPERIENCE\"]"));
    record.put("actionItems", json("[{\"what\":\"Practise Ask-Share-Ask in the Tuesday group\",\"owner\":\"SPECIALIST\","
        + "\"dueDate\":\"" + LocalDate.now().plusDays(14) + "\"}]"));
    record.put("sessionNotes", "Talked through the gift and the group.");
    record.put("wellnessConcern", wellnessConcern);
    engine.submit("maria", cycle.getId(), "Task_RecordSession", record);
    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord",
        new HashMap<>(Map.of("recordDecision", "ACKNOWLEDGE", "attestation", true)));
    if (wellnessConcern) {
      engine.submit("maria", cycle.getId(), "Task_AgreeWellnessPlan", new HashMap<>(Map.of("supportPlan", PLAN,
          "planReviewDate", LocalDate.now().plusDays(30).toString())));
      engine.submit("alex", cycle.getId(), "Task_ConfirmWellnessPlan", new HashMap<>(Map.of("planConfirmed", true)));
    }
    return cycle;
  }

  @Test
  void alexSeesTheirOwnRecordInWordsWithTheirWellnessPlan() {
    signedCycleForAlex(true);

    JsonNode me = Http.as(port, "alex").get("/api/me/record").json();

    assertThat(me.get("who").get("specialist").asBoolean()).isTrue();
    assertThat(me.get("links").get("dashboard").asBoolean()).as("a specialist may not open the dashboard").isFalse();
    JsonNode record = me.get("own").get("record");
    JsonNode month = record.get("thisMonth");
    assertThat(month.get("standing").asText()).isIn("MET", "ON_TRACK", "BEHIND");
    assertThat(month.get("standingLabel").asText()).isIn("Met for this month", "On track", "Behind");
    assertThat(month.get("sessions").asLong()).isPositive();
    JsonNode session = record.get("sessions").get(0);
    assertThat(session.get("formatLabel").asText()).isEqualTo("Individual");
    assertThat(textsOf(session.get("topicLabels"))).contains("Boundaries", "Intentional self-disclosure");
    assertThat(textsOf(session.get("competencyLabels"))).containsExactly("Sharing lived experiences of recovery");
    assertThat(session.get("actionItems").get(0).get("ownerLabel").asText()).isEqualTo("The specialist");
    assertThat(record.toString()).as("no codes in the record").doesNotContain("SELF_DISCLOSURE", "INDIVIDUAL",
        "SHARING_LIVED_EXPERIENCE", "\"SPECIALIST\"");
    assertThat(me.get("own").get("wellnessPlans").findValuesAsText("plan")).contains(PLAN);
  }

  @Test
  void mariaSeesAlexsRecordWithoutAnyWellnessData() {
    signedCycleForAlex(true);

    Http.Reply reply = Http.as(port, "maria").get("/api/me/team/alex");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode record = reply.json();
    assertThat(record.get("name").asText()).isEqualTo("Alex Morgan");
    assertThat(record.get("sessions").size()).isPositive();
    String body = reply.body();
    assertThat(body).as("no wellness answers, plans or ratings").doesNotContainIgnoringCase("wellness")
        .doesNotContain(PLAN).doesNotContain("Sleeping badly").doesNotContain("selfRating");
    assertThat(record.has("wellnessPlans")).isFalse();

    JsonNode marias = Http.as(port, "maria").get("/api/me/record").json();
    assertThat(marias.get("own").isNull()).as("maria is not a specialist").isTrue();
    assertThat(marias.get("supervisor").get("team").findValuesAsText("specialistId")).contains("alex", "jordan")
        .doesNotContain("casey");
    assertThat(marias.get("supervisor").get("maximumCaseload").asInt()).isPositive();
    assertThat(marias.toString()).doesNotContainIgnoringCase("wellness").doesNotContain(PLAN);
    assertThat(marias.get("links").get("dashboard").asBoolean()).isTrue();
  }

  @Test
  void mariaCannotSeeCaseysRecord() {
    Http.Reply reply = Http.as(port, "maria").get("/api/me/team/casey");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("detail").asText()).contains("people you supervise");
    assertThat(Http.as(port, "david").get("/api/me/team/casey").status()).isEqualTo(200);
    assertThat(Http.as(port, "alex").get("/api/me/team/jordan").status()).isEqualTo(403);
  }

  @Test
  void robinTheProgramLeadCannotReadAlexsReflectionsOrWellness() {
    signedCycleForAlex(true);

    Http robin = Http.as(port, "robin");
    Http.Reply team = robin.get("/api/me/team/alex");
    assertThat(team.status()).isEqualTo(403);
    assertThat(team.contentType()).contains("application/problem+json");
    JsonNode me = robin.get("/api/me/record").json();
    assertThat(me.get("own").isNull()).isTrue();
    assertThat(me.get("supervisor").isNull()).isTrue();
    assertThat(me.get("links").get("dashboard").asBoolean()).isTrue();
    assertThat(me.toString()).doesNotContain(PLAN).doesNotContain("reflections");
    assertThat(robin.post("/api/me/education", education("2.5")).status()).as("robin adds nothing to a record")
        .isEqualTo(403);
  }

  @Test
  void invalidCertificationIsRefusedByItsLabelsAndNothingIsWritten() {
    int before = credentials.certificationsOf("alex").size();
    Map<String, Object> bad = new HashMap<>();
    bad.put("credentialName", "Certified Peer Specialist");
    bad.put("issuingBody", "");
    bad.put("credentialNumber", "CPS-1");
    bad.put("stage", "CERTIFIED");
    bad.put("issuedOn", LocalDate.now().minusDays(10).toString());
    bad.put("expiresOn", LocalDate.now().minusDays(1).toString());

    Http.Reply reply = Http.as(port, "alex").post("/api/me/certifications", bad);

    assertThat(reply.status()).isEqualTo(400);
    JsonNode problem = reply.json();
    assertThat(problem.get("errors").findValuesAsText("label")).containsExactlyInAnyOrder("Issuing body", "Expires on");
    assertThat(problem.get("detail").asText()).contains("Issuing body: fill this in")
        .contains("Expires on: must be a date after today").contains("Nothing was saved");
    assertThat(credentials.certificationsOf("alex")).hasSize(before);
  }

  @Test
  void educationIsAddedToOnesOwnRecordAndABadHourCountIsRefusedInWords() {
    Http alex = Http.as(port, "alex");
    int before = credentials.educationOf("alex").size();
    Http.Reply bad = alex.post("/api/me/education", education("a lot"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").get(0).get("label").asText()).isEqualTo("Hours");
    assertThat(credentials.educationOf("alex")).hasSize(before);

    Http.Reply added = alex.post("/api/me/education", education("2.5"));
    assertThat(added.status()).isEqualTo(201);
    assertThat(credentials.educationOf("alex")).hasSize(before + 1);
    JsonNode education = alex.get("/api/me/record").json().get("own").get("record").get("education");
    assertThat(education.findValuesAsText("topic")).contains("Trauma-informed peer support");
    assertThat(education.findValuesAsText("kindLabel")).contains("Continuing education");
  }

  @Test
  void aReferralNotOnesOwnIsRefusedAndAnObjectiveNeedsADateWithinAYear() {
    Map<String, Object> revocation = new HashMap<>(Map.of("referralId", "999999", "revokedOn",
        LocalDate.now().toString(), "revocationReference", "REV-1"));
    Http.Reply refused = Http.as(port, "alex").post("/api/me/consent-revocations", revocation);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("label")).containsExactly("Referral");

    Map<String, Object> objective = new HashMap<>(Map.of("competency", "PROVIDING_SUPPORT", "what",
        "Use Ask-Share-Ask in every group", "measure", "Times used", "target", "Every group", "dueOn",
        LocalDate.now().plusYears(2).toString(), "howReviewed", "At each session"));
    Http.Reply late = Http.as(port, "alex").post("/api/me/objectives", objective);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().get("detail").asText()).contains("Due by: must be within a year from today");
    objective.put("dueOn", LocalDate.now().plusMonths(3).toString());
    assertThat(Http.as(port, "alex").post("/api/me/objectives", objective).status()).isEqualTo(201);
    assertThat(Http.as(port, "alex").get("/api/me/record").json().get("own").get("record").get("objectives")
        .findValuesAsText("competencyLabel")).contains("Providing support");
  }

  @Test
  void thePageSendsSomeoneNotSignedInToTheSignInPage() {
    Http.Reply page = Http.anonymous(port).getAccepting("/me", "text/html");
    assertThat(page.status()).isEqualTo(302);
    Http.Reply data = Http.anonymous(port).get("/me/record.json");
    assertThat(data.status()).isEqualTo(401);
  }

  private static Map<String, Object> education(String hours) {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", "CONTINUING_EDUCATION");
    form.put("topic", "Trauma-informed peer support");
    form.put("provider", "State peer network");
    form.put("completedOn", LocalDate.now().minusDays(3).toString());
    form.put("hours", hours);
    form.put("ethics", false);
    return form;
  }

  private static List<String> textsOf(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
