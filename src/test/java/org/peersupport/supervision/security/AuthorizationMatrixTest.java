package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.referral.ReferralFormSamples;
import org.peersupport.supervision.disclosure.ReflectionFormSamples;
import org.peersupport.supervision.roster.Roster;
import org.peersupport.supervision.scope.ScopeFormSamples;
import org.peersupport.supervision.workhours.WorkHoursForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every endpoint that touches supervision data, over HTTP through the real security
 * setup: allowed, hidden (an answer without the record) or denied, and for reads which private fields
 * show. The table must name every role for every endpoint (default deny: a missing pair fails).
 *
 * <p>The records: a supervision cycle maria started for alex (alex's reflection task open), a
 * disclosure reflection alex wrote, a scope check alex raised. Roles: anonymous, alex (the
 * specialist), casey (another specialist), maria (alex's supervisor), david (another supervisor),
 * robin (program lead), admin. {@code AuthorizationMatrixCoverageTest} fails when an operation of the
 * product's own OpenAPI document ({@code /v3/api-docs}) has no row here.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  /** What a role gets. */
  enum Outcome { ALLOWED, ALLOWED_WITHOUT_PRIVATE_TEXT, HIDDEN, DENIED }

  static final List<String> ROLES = List.of("anonymous", "alex", "casey", "maria", "david", "robin", "admin");

  @LocalServerPort int port;
  @Autowired Engine engine;

  String cycle;
  String reflectionTask;
  long reflection;
  String scopeCheck;
  long rosterImport;
  String awaitingActivation;
  String supervisedByDavid;
  long davidsRelationship;
  String alexCredentialNumber;
  long alexCertification;
  long alexEducation;
  long alexObjective;
  long mariaTraining;
  /** A scope check of alex's with a referral whose consent is in force (a revocation uses it up). */
  String referredScopeCheck;

  /** A row of the table; {@code before} runs before each role's call (a fresh record for one-time changes). */
  record Row(String name, String method, java.util.function.Supplier<String> path, Object body, Function<Http.Reply, Boolean> showsRecord,
      Function<Http.Reply, Boolean> showsPrivateText, Map<String, Outcome> expected, Runnable before) {
    Row(String name, String method, java.util.function.Supplier<String> path, Object body,
        Function<Http.Reply, Boolean> showsRecord, Function<Http.Reply, Boolean> showsPrivateText,
        Map<String, Outcome> expected) {
      this(name, method, path, body, showsRecord, showsPrivateText, expected, () -> { });
    }
  }

  /** Made once, inside the first test (the diagram-coverage recorder only runs during a test). */
  @BeforeEach
  void records() {
    if (cycle != null) {
      return;
    }
    Http maria = Http.as(port, "maria");
    Http alex = Http.as(port, "alex");
    Http.Reply started = maria.post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Http.variables(Map.of("specialistId", "alex")));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    cycle = started.json().get("id").asText();
    String assign = maria.get("/engine-rest/task?processInstanceId=" + cycle).json().get(0).get("id").asText();
    assertThat(maria.post("/engine-rest/task/" + assign + "/submit-form", Http.variables(Map.of(
        "reflectionPrompts", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"ETHICS\"]").create(),
        "reflectionDueDate", LocalDate.now().plusDays(5).toString()))).status()).isEqualTo(204);
    reflectionTask = alex.get("/engine-rest/task?processInstanceId=" + cycle).json().get(0).get("id").asText();

    String own = alex.post("/engine-rest/process-definition/key/disclosure-reflection/submit-form",
        Http.variables(Map.of())).json().get("id").asText();
    String write = alex.get("/engine-rest/task?processInstanceId=" + own).json().get(0).get("id").asText();
    Map<String, Object> reflectionForm = new ReflectionFormSamples().samples().get("disclosure-reflection-reflection");
    assertThat(alex.post("/engine-rest/task/" + write + "/submit-form", Http.variables(reflectionForm)).status())
        .isEqualTo(204);
    reflection = alex.get("/api/reflections?specialistId=alex").json().get(0).get("id").asLong();

    Map<String, Object> scopeForm = new ScopeFormSamples().samples().get("scope-check-start");
    String scopeInstance = alex.post("/engine-rest/process-definition/key/scope-check/submit-form",
        Http.variables(scopeForm)).json().get("id").asText();
    for (JsonNode check : alex.get("/api/scope-checks").json()) {
      scopeCheck = check.get("id").asText();
    }
    assertThat(scopeInstance).isNotBlank();
    assertThat(scopeCheck).isNotNull();

    // supervised work hours alex submitted (with a note) for maria's sign-off
    assertThat(alex.post("/engine-rest/process-definition/key/work-hours-sign-off/submit-form",
        Http.variables(new WorkHoursForms().samples().get("work-hours-sign-off-start"))).status()).isEqualTo(200);
    awaitingActivation = Roster.unique("matrix");
    supervisedByDavid = Roster.unique("matrix");
    Http robin = Http.as(port, "robin");
    JsonNode imported = Roster.importAs(robin, Roster.file().person(awaitingActivation, "SPECIALIST", null)
        .person(supervisedByDavid, "SPECIALIST", "david").bytes());
    rosterImport = imported.get("id").asLong();
    for (JsonNode relationship : robin.get("/api/relationships").json()) {
      if (relationship.get("specialistId").asText().equals(supervisedByDavid)) {
        davidsRelationship = relationship.get("id").asLong();
      }
    }
    assertThat(davidsRelationship).as("the import's relationship").isPositive();

    // credentials alex recorded, an objective maria set with alex, a training maria recorded
    alexCredentialNumber = "CPS-MATRIX-" + System.nanoTime();
    alexCertification = created(alex.post("/api/specialists/alex/certifications", certification(alexCredentialNumber)));
    alexEducation = created(alex.post("/api/specialists/alex/education", education()));
    alexObjective = created(maria.post("/api/specialists/alex/objectives", objective()));
    mariaTraining = created(maria.post("/api/supervisors/maria/training", training()));
  }

  private static long created(Http.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  private static Map<String, Object> certification(String number) {
    return Map.of("issuingBody", "State Peer Certification Board", "credentialName", "Certified Peer Specialist",
        "credentialNumber", number, "stage", "CERTIFIED", "issuedOn", LocalDate.now().minusYears(1).toString(),
        "expiresOn", LocalDate.now().plusYears(1).toString());
  }

  private static Map<String, Object> education() {
    return Map.of("kind", "TRAINING", "topic", "Ethics and boundaries refresher", "provider", "State Peer Academy",
        "completedOn", LocalDate.now().minusDays(10).toString(), "hours", 4, "ethics", true);
  }

  private static Map<String, Object> objective() {
    return Map.of("competency", "ENGAGING_PEERS", "what", "Open each first meeting with shared goals",
        "measure", "Goals noted in the first meeting", "target", "Four of five first meetings",
        "dueOn", LocalDate.now().plusDays(60).toString(), "howReviewed", "In the monthly supervision");
  }

  private static Map<String, Object> training() {
    return Map.of("kind", "INITIAL_TRAINING", "provider", "State Peer Academy",
        "completedOn", LocalDate.now().minusDays(30).toString(), "hours", 8);
  }

  /** A new scope check of alex's that maria referred to licensed care, with alex's record of the peer's consent. */
  private void referWithConsent() {
    Map<String, Map<String, Object>> scope = new ScopeFormSamples().samples();
    Http.Reply raised = Http.as(port, "alex").post("/engine-rest/process-definition/key/scope-check/submit-form",
        Http.variables(scope.get("scope-check-start")));
    assertThat(raised.status()).as(raised.body()).isEqualTo(200);
    String check = raised.json().get("id").asText();
    engine.submit("maria", check, "Task_DecideScope", scope.get("scope-check-supervisor-decision"));
    String referral = engine.engine().getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(check)
        .singleResult().getId();
    engine.submit("alex", referral, "Task_RecordConsent",
        new ReferralFormSamples().samples().get("licensed-care-referral-consent"));
    referredScopeCheck = check;
  }

  /** The id of alex's newest referral whose consent alex may record as withdrawn (from alex's own record). */
  private String alexsNewestRevocableReferral() {
    return Http.as(port, "alex").get("/api/me/record").json().get("own").get("revocableReferrals").get(0).get("id")
        .asText();
  }

  /** A roster file with one new person, for each import the table makes. */
  private static byte[] freshRoster() {
    return Roster.file().person(Roster.unique("matrix"), "SPECIALIST", null).bytes();
  }

  private static Map<String, Outcome> expect(Outcome anonymous, Outcome alex, Outcome casey, Outcome maria,
      Outcome david, Outcome robin, Outcome admin) {
    Map<String, Outcome> expected = new LinkedHashMap<>();
    Outcome[] outcomes = {anonymous, alex, casey, maria, david, robin, admin};
    for (int i = 0; i < ROLES.size(); i++) {
      expected.put(ROLES.get(i), outcomes[i]);
    }
    return expected;
  }

  private static final Outcome A = Outcome.ALLOWED;
  private static final Outcome P = Outcome.ALLOWED_WITHOUT_PRIVATE_TEXT;
  private static final Outcome H = Outcome.HIDDEN;
  private static final Outcome D = Outcome.DENIED;

  private Function<Http.Reply, Boolean> contains(java.util.function.Supplier<String> text) {
    return reply -> reply.body().contains(text.get());
  }

  List<Row> table() {
    String reflectionText = new ReflectionFormSamples().samples().get("disclosure-reflection-reflection")
        .get("whatHappened").toString();
    String scopeText = new ScopeFormSamples().samples().get("scope-check-start").get("scopeDescription").toString();
    Function<Http.Reply, Boolean> always = reply -> true;
    Function<Http.Reply, Boolean> nonEmpty = reply -> reply.json().isArray() ? reply.json().size() > 0 : true;
    List<Row> rows = new ArrayList<>();
    // with a wrong current password: refused to everyone, nobody's password changes (PasswordChangeTest sets one)
    rows.add(new Row("change my password", "POST", () -> "/api/me/password",
        Map.of("currentPassword", "not-the-password", "newPassword", "a-long-new-passphrase"), r -> true, r -> false,
        expect(D, D, D, D, D, D, D)));
    rows.add(new Row("my open work", "GET", () -> "/api/me/work", null, contains(() -> reflectionTask), r -> false,
        expect(D, A, H, A, H, H, A)));
    rows.add(new Row("alex's supervision history", "GET", () -> "/api/specialists/alex/supervision", null, always, r -> false,
        expect(D, A, D, A, D, D, A)));
    rows.add(new Row("relationships", "GET", () -> "/api/relationships", null, contains(() -> "\"specialistId\":\"alex\""), r -> false,
        expect(D, A, H, A, H, A, A)));
    rows.add(new Row("assign a relationship", "POST", () -> "/api/relationships",
        Map.of("supervisorId", "maria", "specialistId", "alex"), always, r -> false, expect(D, D, D, D, D, A, A)));
    rows.add(new Row("alex's reflections", "GET", () -> "/api/reflections?specialistId=alex", null,
        contains(() -> "\"id\":" + reflection), contains(() -> reflectionText), expect(D, P, D, P, D, P, P)));
    rows.add(new Row("alex's reflection", "GET", () -> "/api/reflections/" + reflection, null, always,
        contains(() -> reflectionText), expect(D, A, D, A, D, D, D)));
    rows.add(new Row("scope checks", "GET", () -> "/api/scope-checks", null, contains(() -> scopeCheck), contains(() -> scopeText),
        expect(D, A, H, A, H, P, P)));
    rows.add(new Row("alex's scope check", "GET", () -> "/api/scope-checks/" + scopeCheck, null, always, contains(() -> scopeText),
        expect(D, A, D, A, D, P, P)));
    rows.add(new Row("access trail", "GET", () -> "/api/audit-trail", null, always, r -> false, expect(D, D, D, D, D, D, A)));
    rows.add(new Row("task list", "GET", () -> "/engine-rest/task", null, contains(() -> reflectionTask), r -> false,
        expect(D, A, H, A, H, H, A)));
    rows.add(new Row("alex's task", "GET", () -> "/engine-rest/task/" + reflectionTask, null, always, r -> false,
        expect(D, A, D, A, D, D, A)));
    rows.add(new Row("alex's task variables", "GET", () -> "/engine-rest/task/" + reflectionTask + "/variables", null,
        contains(() -> "specialistId"), r -> false, expect(D, A, D, A, D, D, A)));
    rows.add(new Row("alex's form variables", "GET", () -> "/engine-rest/task/" + reflectionTask + "/form-variables", null,
        contains(() -> "specialistId"), r -> false, expect(D, A, D, A, D, D, A)));
    rows.add(new Row("rewrite a task variable", "PUT", () -> "/engine-rest/task/" + reflectionTask + "/variables/supervisorName",
        Map.of("value", "Maria Alvarez", "type", "String"), always, r -> false, expect(D, D, D, D, D, D, A)));
    rows.add(new Row("the cycle instance", "GET", () -> "/engine-rest/process-instance/" + cycle, null, always, r -> false,
        expect(D, D, D, D, D, D, A)));
    rows.add(new Row("the cycle's variables", "GET", () -> "/engine-rest/process-instance/" + cycle + "/variables", null,
        always, r -> false, expect(D, D, D, D, D, D, A)));
    rows.add(new Row("the cycle's history", "GET", () -> "/engine-rest/history/process-instance?processInstanceId=" + cycle,
        null, nonEmpty, r -> false, expect(D, D, D, D, D, D, A)));
    rows.add(new Row("the cycle's variable history", "GET", () -> "/engine-rest/history/variable-instance?processInstanceId="
        + cycle, null, nonEmpty, r -> false, expect(D, D, D, D, D, D, A)));
    rows.add(new Row("deployments", "GET", () -> "/engine-rest/deployment", null, nonEmpty, r -> false,
        expect(D, D, D, D, D, D, A)));
    // Tasklist reads the person's own authorizations (the engine answers none of them)
    rows.add(new Row("authorizations", "GET", () -> "/engine-rest/authorization?resourceType=7", null, nonEmpty, r -> false,
        expect(D, H, H, H, H, H, A)));
    rows.add(new Row("grant an authorization", "POST", () -> "/engine-rest/authorization/create",
        Map.of("type", 1, "permissions", List.of("ALL"), "userId", "casey", "resourceType", 7, "resourceId", "*"),
        always, r -> false, expect(D, D, D, D, D, D, A)));
    rows.add(new Row("create a user", "POST", () -> "/engine-rest/user/create",
        Map.of("profile", Map.of("id", "matrix-intruder"), "credentials", Map.of("password", "s3cret-Passw0rd")),
        always, r -> false, expect(D, D, D, D, D, D, A)));
    rows.add(new Row("start a cycle for alex", "POST", () -> "/engine-rest/process-definition/key/supervision-cycle/start",
        Http.variables(Map.of("specialistId", "alex")), always, r -> false, expect(D, D, D, A, D, D, A)));
    rows.add(new Row("alex's credentials", "GET", () -> "/api/specialists/alex/credentials", null, always, r -> false,
        expect(D, A, D, A, D, A, A)));
    rows.add(new Row("record a certification for alex", "POST", () -> "/api/specialists/alex/certifications",
        (java.util.function.Supplier<Object>) () -> Map.of("issuingBody", "State Peer Certification Board",
            "credentialName", "Certified Peer Specialist", "credentialNumber", "CPS-MATRIX-" + System.nanoTime(),
            "stage", "CERTIFIED", "issuedOn", LocalDate.now().minusYears(1).toString(),
            "expiresOn", LocalDate.now().plusYears(1).toString()), always, r -> false, expect(D, A, D, D, D, D, A)));
    rows.add(new Row("alex's supervision-hours statement", "GET", () -> "/api/specialists/alex/supervision-statement",
        null, always, r -> false, expect(D, A, D, A, D, A, A)));
    rows.add(new Row("alex's supervision requirement", "GET", () -> "/api/specialists/alex/supervision-requirement",
        null, always, r -> false, expect(D, A, D, A, D, A, A)));
    rows.add(new Row("alex's work hours", "GET", () -> "/api/specialists/alex/work-hours", null,
        reply -> reply.json().get("entries").size() > 0, contains(() -> WorkHoursForms.NOTE), expect(D, A, D, A, D, P, A)));
    rows.add(new Row("submit work hours for sign-off", "POST",
        () -> "/engine-rest/process-definition/key/work-hours-sign-off/submit-form",
        Http.variables(new WorkHoursForms().samples().get("work-hours-sign-off-start")), always, r -> false,
        expect(D, A, A, D, D, D, D)));
    rows.add(new Row("alex's development objectives", "GET", () -> "/api/specialists/alex/objectives", null, always,
        r -> false, expect(D, A, D, A, D, D, D)));
    rows.add(new Row("alex's competency self-assessments", "GET", () -> "/api/specialists/alex/competencies", null,
        always, r -> false, expect(D, A, D, A, D, D, D)));
    rows.add(new Row("supervisors' records", "GET", () -> "/api/supervisors", null, always, r -> false,
        expect(D, D, D, D, D, A, A)));
    // a supervisor asking for the program's report gets their own team's (see DashboardHttpTest)
    rows.add(new Row("the program's audit report", "GET", () -> "/api/audit/report", null, always, r -> false,
        expect(D, D, D, A, A, A, A)));
    rows.add(new Row("maria's team's audit report", "GET", () -> "/api/audit/report?supervisorId=maria", null, always,
        r -> false, expect(D, D, D, A, D, A, A)));
    rows.add(new Row("maria's team's audit report as CSV", "GET", () -> "/api/audit/report.csv?supervisorId=maria", null,
        always, r -> false, expect(D, D, D, A, D, A, A)));
    rows.add(new Row("audit follow-up actions", "GET", () -> "/api/audit/follow-up-actions", null, always, r -> false,
        expect(D, D, D, A, A, A, A)));
    rows.add(new Row("the dashboard", "GET", () -> "/dashboard/report.json", null, always, r -> false,
        expect(D, D, D, A, A, A, A)));
    rows.add(new Row("the dashboard's words for its codes", "GET", () -> "/dashboard/words.json", null,
        contains(() -> "\"CONNECTED\""), r -> false, expect(D, D, D, A, A, A, A)));
    rows.add(new Row("the roster template", "GET", () -> "/roster/template.csv", null, always, r -> false,
        expect(D, D, D, D, D, A, A)));
    rows.add(new Row("roster imports", "GET", () -> "/api/roster/imports", null, always, r -> false,
        expect(D, D, D, D, D, A, A)));
    rows.add(new Row("import a roster", "CSV", () -> "/api/roster/imports",
        (java.util.function.Supplier<Object>) AuthorizationMatrixTest::freshRoster, always, r -> false,
        expect(D, D, D, D, D, A, A)));
    rows.add(new Row("robin's roster import report", "GET", () -> "/api/roster/imports/" + rosterImport, null,
        contains(() -> awaitingActivation), r -> false, expect(D, D, D, D, D, A, A)));
    rows.add(new Row("a new activation link", "POST", () -> "/api/roster/users/" + awaitingActivation + "/activation",
        Map.of(), contains(() -> "/activate#token="), r -> false, expect(D, D, D, D, D, A, A)));
    rows.add(new Row("the roster page", "GET", () -> "/roster", null, contains(() -> "Roster import"), r -> false,
        expect(D, D, D, D, D, A, A)));
    // open to everyone, signed in or not: the link is the credential (see ActivationTest)
    rows.add(new Row("activate with an unknown link", "POST", () -> "/activate",
        Map.of("token", "unknown.link", "password", "a long enough password"), always, r -> false,
        expect(D, D, D, D, D, D, D)));
    rows.add(new Row("whose account an unknown link activates", "POST", () -> "/activate/link",
        Map.of("token", "unknown.link"), always, r -> false, expect(D, D, D, D, D, D, D)));
    rows.add(new Row("certifications I may see", "GET", () -> "/api/certifications", null,
        contains(() -> alexCredentialNumber), r -> false, expect(D, A, H, A, H, A, A)));
    rows.add(new Row("correct alex's certification", "PUT", () -> "/api/certifications/" + alexCertification,
        (java.util.function.Supplier<Object>) () -> {
          Map<String, Object> correction = new HashMap<>(certification(alexCredentialNumber));
          correction.remove("expiresOn");
          return correction;
        }, always, r -> false, expect(D, A, D, D, D, D, A)));
    rows.add(new Row("verify alex's certification", "POST", () -> "/api/certifications/" + alexCertification
        + "/verification", Map.of(), always, r -> false, expect(D, D, D, D, D, A, A)));
    rows.add(new Row("record education for alex", "POST", () -> "/api/specialists/alex/education", education(),
        always, r -> false, expect(D, A, D, D, D, D, A)));
    rows.add(new Row("correct alex's education record", "PUT", () -> "/api/education/" + alexEducation, education(),
        always, r -> false, expect(D, A, D, D, D, D, A)));
    rows.add(new Row("verify alex's education record", "POST", () -> "/api/education/" + alexEducation
        + "/verification", Map.of(), always, r -> false, expect(D, D, D, D, D, A, A)));
    rows.add(new Row("alex's competency chart", "GET", () -> "/api/specialists/alex/competency-chart", null,
        contains(() -> "<svg"), r -> false, expect(D, A, D, A, D, D, D)));
    rows.add(new Row("set a development objective for alex", "POST", () -> "/api/specialists/alex/objectives",
        objective(), always, r -> false, expect(D, A, D, A, D, D, D)));
    rows.add(new Row("review alex's development objective", "POST", () -> "/api/objectives/" + alexObjective
        + "/reviews", Map.of("progress", "Goals noted in three first meetings", "status", "ON_TRACK"), always,
        r -> false, expect(D, A, D, A, D, D, D)));
    rows.add(new Row("maria's supervisor record", "GET", () -> "/api/supervisors/maria/record", null,
        contains(() -> "\"supervisorId\":\"maria\""), r -> false, expect(D, D, D, A, D, A, A)));
    rows.add(new Row("record a training of maria's", "POST", () -> "/api/supervisors/maria/training", training(),
        always, r -> false, expect(D, D, D, A, D, D, A)));
    rows.add(new Row("verify maria's training", "POST", () -> "/api/supervisor-training/" + mariaTraining
        + "/verification", Map.of(), always, r -> false, expect(D, D, D, D, D, A, A)));
    rows.add(new Row("revoke consent on alex's referral", "POST",
        () -> "/api/scope-checks/" + referredScopeCheck + "/referral/consent-revocation",
        Map.of("revokedOn", LocalDate.now().toString(), "revocationReference", "REV-MATRIX"),
        contains(() -> "CONSENT_REVOKED"), r -> false, expect(D, A, D, A, D, D, D), this::referWithConsent));
    rows.add(new Row("end david's supervision of a specialist", "DELETE",
        () -> "/api/relationships/" + davidsRelationship, null, always, r -> false, expect(D, D, D, D, D, A, A)));
    // /me: a specialist's own record, a supervisor's view of a supervisee (without wellness), additions to one's own
    rows.add(new Row("my record", "GET", () -> "/api/me/record", null, contains(() -> "\"specialistId\":\"alex\""),
        contains(() -> reflectionText), expect(D, A, H, P, H, H, H)));
    rows.add(new Row("alex's record for their supervisor", "GET", () -> "/api/me/team/alex", null,
        contains(() -> "\"specialistId\":\"alex\""), r -> false, expect(D, D, D, A, D, D, D)));
    rows.add(new Row("add a certification to my record", "POST", () -> "/api/me/certifications",
        (java.util.function.Supplier<Object>) () -> certification("CPS-ME-" + System.nanoTime()), always, r -> false,
        expect(D, A, A, D, D, D, D)));
    rows.add(new Row("add education to my record", "POST", () -> "/api/me/education", education(), always, r -> false,
        expect(D, A, A, D, D, D, D)));
    rows.add(new Row("add an objective to my record", "POST", () -> "/api/me/objectives", objective(), always,
        r -> false, expect(D, A, A, D, D, D, D)));
    rows.add(new Row("record a consent withdrawal on my referral", "POST", () -> "/api/me/consent-revocations",
        (java.util.function.Supplier<Object>) () -> Map.of("referralId", alexsNewestRevocableReferral(), "revokedOn",
            LocalDate.now().toString(), "revocationReference", "REV-ME"),
        contains(() -> "nothing more is shared"), r -> false, expect(D, A, D, D, D, D, D), this::referWithConsent));
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      rows.add(new Row("sign in to " + app, "LOGIN", () -> app, null, always, r -> false,
          app.equals("tasklist") ? expect(D, A, A, A, A, A, A) : expect(D, D, D, D, D, D, A)));
    }
    return rows;
  }

  Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (Row row : table()) {
      assertThat(row.expected().keySet()).as(row.name() + ": every role has an expectation")
          .containsExactlyElementsOf(ROLES);
      for (String role : ROLES) {
        cells.add(Arguments.of(Named.of(row.name() + " as " + role, row), role));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void roleGetsWhatTheTableSays(Row row, String role) {
    Http http = role.equals("anonymous") ? Http.anonymous(port) : Http.as(port, role);
    row.before().run();
    Http.Reply reply = switch (row.method()) {
      case "GET" -> row.name().endsWith("statement") ? http.getAccepting(row.path().get(), "application/pdf, application/json")
          : row.name().endsWith("chart") ? http.getAccepting(row.path().get(), "image/svg+xml, application/json")
          : http.get(row.path().get());
      case "POST" -> http.post(row.path().get(),
          row.body() instanceof java.util.function.Supplier<?> fresh ? fresh.get() : row.body());
      case "PUT" -> http.put(row.path().get(),
          row.body() instanceof java.util.function.Supplier<?> fresh ? fresh.get() : row.body());
      case "DELETE" -> http.delete(row.path().get());
      case "CSV" -> http.post(row.path().get(), "text/csv",
          (byte[]) ((java.util.function.Supplier<?>) row.body()).get(), Map.of());
      case "LOGIN" -> Http.webappLogin(port, role, row.path().get());
      default -> throw new IllegalArgumentException(row.method());
    };
    Outcome expected = row.expected().get(role);
    String what = row.name() + " as " + role + " answered " + reply.status();
    switch (expected) {
      case DENIED -> assertThat(reply.status()).as(what).isBetween(400, 404);
      case HIDDEN -> {
        assertThat(reply.status()).as(what).isBetween(200, 299);
        assertThat(row.showsRecord().apply(reply)).as(what + ": the record must not show").isFalse();
      }
      case ALLOWED, ALLOWED_WITHOUT_PRIVATE_TEXT -> {
        assertThat(reply.status()).as(what).isBetween(200, 299);
        if (reply.status() != 204) {
          assertThat(row.showsRecord().apply(reply)).as(what + ": the record must show").isTrue();
        }
        if (expected == Outcome.ALLOWED_WITHOUT_PRIVATE_TEXT) {
          assertThat(row.showsPrivateText().apply(reply)).as(what + ": private text must not show").isFalse();
        }
      }
    }
  }
}
