package org.peersupport.supervision.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.certification.Certification;
import org.peersupport.supervision.certification.Certifications;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationship;
import org.peersupport.supervision.people.SupervisionRelationshipRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Roster import over HTTP as the demo users: a valid file, refused rows, a mixed file, importing the same
 * file again, updates, a large file's progress, whole-file refusals and who may import.
 */
@ProcessTest
class RosterImportTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired FilterService filterService;
  @Autowired Relationships relationships;
  @Autowired SupervisionRelationshipRepository relationshipRows;
  @Autowired Certifications certifications;
  @Autowired RosterActivationRepository activationRows;
  @Autowired RosterImportQueue queue;

  static final String BOARD = "State Peer Certification Board";
  static final String ISSUED = LocalDate.now().minusYears(1).toString();
  /** Outside the renewal window (it opens 90 days before the expiry): no renewal task yet. */
  static final String EXPIRES = LocalDate.now().plusYears(2).toString();
  /** Inside the renewal window. */
  static final String EXPIRES_SOON = LocalDate.now().plusDays(60).toString();

  private Http robin() {
    return Http.as(port, "robin");
  }

  /**
   * A supervisor, two specialists (one with the new supervisor, certified for two more years; one with maria,
   * whose certification expires in 60 days) and a program lead
   * (who only an administrator's import may add: {@link RosterRightsTest}).
   */
  private static Roster team(String supervisor, String specialist, String other, String lead, String number) {
    return Roster.file()
        .line(supervisor, "Sam", "Okafor", supervisor + "@peer-program.example", "SUPERVISOR", "", "", "", "", "", "", "")
        .line(specialist, "Taylor", "Brooks", specialist + "@peer-program.example", "SPECIALIST", supervisor, BOARD,
            "Certified Peer Specialist", number, "CERTIFIED", ISSUED, EXPIRES)
        .line(other, "Jamie", "Ortiz", "", "specialist", "maria", "\"" + BOARD + "\"",
            "\"Certified Peer Specialist, initial\"", number + "-B", "INITIAL", ISSUED, EXPIRES_SOON)
        .line(lead, "Quinn", "Adams", lead + "@peer-program.example", "PROGRAM_LEAD", "", "", "", "", "", "", "");
  }

  private long renewalProcesses(String specialistId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("certification-renewal")
        .variableValueEquals("specialistId", specialistId).count();
  }

  private boolean isMember(String userId, String group) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 1;
  }

  @Test
  void aValidFileCreatesPeopleGroupsRelationshipsAndCertificationsWithTheirRenewalWhenItsWindowOpens() {
    String supervisor = Roster.unique("sup");
    String specialist = Roster.unique("spec");
    String other = Roster.unique("spec");
    String lead = Roster.unique("lead");
    String number = Roster.unique("CPS");

    JsonNode report = Roster.importAs(Http.as(port, "admin"), team(supervisor, specialist, other, lead, number).bytes());

    assertThat(report.get("totalRows").asInt()).isEqualTo(4);
    assertThat(report.get("processedRows").asInt()).isEqualTo(4);
    assertThat(report.get("created").asInt()).isEqualTo(4);
    assertThat(report.get("rows").findValuesAsText("outcome")).containsOnly("CREATED");
    assertThat(Roster.row(report, specialist).get("line").asInt()).isEqualTo(3);

    User created = identityService.createUserQuery().userId(specialist).singleResult();
    assertThat(created.getFirstName()).isEqualTo("Taylor");
    assertThat(created.getLastName()).isEqualTo("Brooks");
    assertThat(created.getEmail()).isEqualTo(specialist + "@peer-program.example");
    assertThat(isMember(supervisor, "supervisors")).isTrue();
    assertThat(isMember(specialist, "specialists")).isTrue();
    assertThat(isMember(other, "specialists")).isTrue();
    assertThat(isMember(lead, "program-leads")).isTrue();
    assertThat(relationships.supervisorOf(specialist)).contains(supervisor);
    assertThat(relationships.supervisorOf(other)).contains("maria");
    assertThat(filterService.createFilterQuery().filterOwner(supervisor).count())
        .as("the new supervisor's team filter in Tasklist").isEqualTo(1);

    List<Certification> recorded = certifications.findBySpecialistIdOrderByExpiresOnDesc(specialist);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).getCredentialNumber()).isEqualTo(number);
    assertThat(recorded.get(0).getExpiresOn()).isEqualTo(LocalDate.parse(EXPIRES));
    assertThat(recorded.get(0).getRecordedBy()).isEqualTo("admin");
    // two years before the expiry: no renewal task, no reminder yet; the report says when they start
    assertThat(recorded.get(0).getProcessInstanceId()).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
        "certification-" + recorded.get(0).getId()).processDefinitionKey("certification-renewal").count()).isZero();
    assertThat(renewalProcesses(specialist)).isZero();
    String windowOpens = LocalDate.parse(EXPIRES).minusDays(90).format(
        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    assertThat(Roster.row(report, specialist).get("changes").toString())
        .contains("its renewal task and reminders will start on " + windowOpens);
    assertThat(certifications.findBySpecialistIdOrderByExpiresOnDesc(other).get(0).getCredentialName())
        .as("a quoted value with a comma").isEqualTo("Certified Peer Specialist, initial");
    // 60 days before the expiry, inside the window: its renewal starts now
    assertThat(renewalProcesses(other)).isEqualTo(1);
    assertThat(Roster.row(report, other).get("changes").toString()).contains("its renewal task and reminders start now");

    // no password in the file, none usable: everyone created has a one-time link, shown once
    for (String id : List.of(supervisor, specialist, other, lead)) {
      JsonNode row = Roster.row(report, id);
      assertThat(row.get("activationLink").asText()).startsWith("/activate#token=");
      assertThat(row.get("awaitingActivation").asBoolean()).isTrue();
      assertThat(identityService.checkPassword(id, id)).isFalse();
    }
    JsonNode again = Http.as(port, "admin").get("/api/roster/imports/" + report.get("id").asLong()).json();
    assertThat(Roster.links(again)).as("links are shown once").isEmpty();
    assertThat(again.get("rows").findValuesAsText("outcome")).containsOnly("CREATED");
  }

  @Test
  void importingTheSameFileAgainReportsEveryRowUnchangedAndChangesNothing() {
    String supervisor = Roster.unique("sup");
    String specialist = Roster.unique("spec");
    String other = Roster.unique("spec");
    String lead = Roster.unique("lead");
    byte[] file = team(supervisor, specialist, other, lead, Roster.unique("CPS")).bytes();
    Roster.importAs(Http.as(port, "admin"), file);

    long users = identityService.createUserQuery().count();
    long supervisors = identityService.createUserQuery().memberOfGroup("supervisors").count();
    long relationshipCount = relationshipRows.count();
    long certificationCount = certifications.count();
    long renewals = runtimeService.createProcessInstanceQuery().processDefinitionKey("certification-renewal").count();
    long activations = activationRows.count();
    long filters = filterService.createFilterQuery().count();

    JsonNode second = Roster.importAs(Http.as(port, "admin"), file);

    assertThat(second.get("rows").findValuesAsText("outcome")).hasSize(4).containsOnly("UNCHANGED");
    assertThat(second.get("unchanged").asInt()).isEqualTo(4);
    assertThat(Roster.links(second)).isEmpty();
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createUserQuery().memberOfGroup("supervisors").count()).isEqualTo(supervisors);
    assertThat(relationshipRows.count()).isEqualTo(relationshipCount);
    assertThat(certifications.count()).isEqualTo(certificationCount);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("certification-renewal").count())
        .isEqualTo(renewals);
    assertThat(activationRows.count()).isEqualTo(activations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
  }

  @Test
  void invalidRowsAreRefusedWithReasonsNamingTheColumnAndNothingOfThemIsWritten() {
    String valid = Roster.unique("ok");
    String badDate = Roster.unique("date");
    String duplicate = Roster.unique("twice");
    String[] ids = new String[12];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = Roster.unique("bad" + i);
    }
    Roster file = Roster.file()
        .person(valid, "SPECIALIST", "maria")                                                       // line 2
        .line("no spaces allowed", "A", "B", "", "SPECIALIST", "", "", "", "", "", "", "")          // line 3
        .person(ids[0], "COUNSELOR", null)                                                          // line 4
        .line(badDate, "A", "B", "", "SPECIALIST", "", BOARD, "CPS", "N-1", "CERTIFIED", "2025-13-01", EXPIRES) // 5
        .line(ids[1], "", "B", "", "SPECIALIST", "", "", "", "", "", "", "")                        // line 6
        .person(ids[2], "SPECIALIST", "nobody-" + ids[2])                                           // line 7
        .person(ids[3], "SPECIALIST", ids[3])                                                       // line 8
        .person(duplicate, "SPECIALIST", null)                                                      // line 9
        .person(duplicate, "SPECIALIST", null)                                                      // line 10
        .line(ids[4], "A", "B", "", "SPECIALIST", "", BOARD, "CPS", "N-2", "CERTIFIED", ISSUED,
            LocalDate.now().minusYears(2).toString())                                               // line 11
        .line(ids[5], "A", "B", "", "SPECIALIST", "", BOARD, "", "", "", "", "")                    // line 12
        .line(ids[6], "A", "B", "", "SUPERVISOR", "", BOARD, "CPS", "N-3", "CERTIFIED", ISSUED, EXPIRES) // 13
        .person(ids[7], "SUPERVISOR", "maria")                                                      // line 14
        .line(ids[8], "A", "B", "not-an-email", "SPECIALIST", "", "", "", "", "", "", "")           // line 15
        .line(ids[9], "A", "B", "", "SPECIALIST", "")                                               // line 16
        .person("admin", "SUPERVISOR", null)                                                        // line 17
        .line(ids[10], "A", "B", "", "SPECIALIST", "", BOARD, "CPS", "N-4", "CERTIFIED",
            LocalDate.now().minusYears(3).toString(), LocalDate.now().minusDays(1).toString());   // line 18
    JsonNode report = Roster.importAs(robin(), file.bytes());

    assertThat(Roster.line(report, 2).get("outcome").asText()).isEqualTo("CREATED");
    assertThat(report.get("created").asInt()).isEqualTo(1);
    assertThat(report.get("refused").asInt()).isEqualTo(16);
    assertThat(Roster.columns(Roster.line(report, 3))).containsExactly("user_id");
    assertThat(Roster.columns(Roster.line(report, 4))).containsExactly("role");
    assertThat(Roster.line(report, 4).get("reasons").get(0).get("message").asText())
        .contains("SPECIALIST, SUPERVISOR, PROGRAM_LEAD");
    assertThat(Roster.columns(Roster.line(report, 5))).containsExactly("issued_on");
    assertThat(Roster.columns(Roster.line(report, 6))).containsExactly("first_name");
    assertThat(Roster.columns(Roster.line(report, 7))).containsExactly("supervisor_id");
    assertThat(Roster.line(report, 8).get("reasons").get(0).get("message").asText()).contains("themselves");
    assertThat(Roster.columns(Roster.line(report, 9))).containsExactly("user_id");
    assertThat(Roster.line(report, 10).get("reasons").get(0).get("message").asText()).contains("lines 9, 10");
    assertThat(Roster.columns(Roster.line(report, 11))).containsExactly("expires_on");
    assertThat(Roster.columns(Roster.line(report, 12))).containsExactlyInAnyOrder("credential_name",
        "credential_number", "certification_stage", "issued_on", "expires_on");
    assertThat(Roster.columns(Roster.line(report, 13))).containsExactly("certification_body");
    assertThat(Roster.columns(Roster.line(report, 14))).containsExactly("supervisor_id");
    assertThat(Roster.columns(Roster.line(report, 15))).containsExactly("email");
    assertThat(Roster.columns(Roster.line(report, 16))).containsExactly("row");
    assertThat(Roster.line(report, 17).get("reasons").get(0).get("message").asText()).contains("administrator");
    assertThat(Roster.columns(Roster.line(report, 18))).containsExactly("expires_on");

    assertThat(identityService.createUserQuery().userIdIn(ids).count()).as("refused rows write nothing").isZero();
    assertThat(identityService.createUserQuery().userIdIn(badDate, duplicate).count()).isZero();
    assertThat(isMember("admin", "supervisors")).isFalse();
    assertThat(relationships.supervisorOf(valid)).contains("maria");
  }

  @Test
  void aMixedFileAppliesTheValidRowsAndRefusesARowWhoseSupervisorWasRefused() {
    String supervisor = Roster.unique("sup");
    String supervisee = Roster.unique("spec");
    String independent = Roster.unique("spec");
    Roster file = Roster.file()
        .person(supervisee, "SPECIALIST", supervisor)
        .line(supervisor, "Sam", "", "", "SUPERVISOR", "", "", "", "", "", "", "")
        .person(independent, "SPECIALIST", "david");
    JsonNode report = Roster.importAs(robin(), file.bytes());

    assertThat(Roster.row(report, supervisor).get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(Roster.columns(Roster.row(report, supervisor))).containsExactly("last_name");
    JsonNode refused = Roster.row(report, supervisee);
    assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(refused.get("reasons").get(0).get("message").asText()).contains("line 3");
    assertThat(Roster.row(report, independent).get("outcome").asText()).isEqualTo("CREATED");
    assertThat(identityService.createUserQuery().userIdIn(supervisor, supervisee).count()).isZero();
    assertThat(relationships.supervisorOf(independent)).contains("david");
  }

  @Test
  void aChangedNameSupervisorOrLaterExpiryUpdatesThePersonAndAnEarlierExpiryIsRefused() {
    String specialist = Roster.unique("spec");
    String number = Roster.unique("CPS");
    // inside the renewal window, so that its renewal task is open and records the later expiry
    String later = LocalDate.parse(EXPIRES_SOON).plusYears(2).toString();
    Roster.importAs(robin(), Roster.file().line(specialist, "Taylor", "Brooks", "", "SPECIALIST", "maria", BOARD,
        "Certified Peer Specialist", number, "CERTIFIED", ISSUED, EXPIRES_SOON).bytes());
    Certification before = certifications.findBySpecialistIdOrderByExpiresOnDesc(specialist).get(0);
    SupervisionRelationship first = relationshipRows.findBySpecialistIdAndActiveTrue(specialist).orElseThrow();

    JsonNode report = Roster.importAs(robin(), Roster.file().line(specialist, "Taylor", "Brooks-Ortiz",
        specialist + "@peer-program.example", "SPECIALIST", "david", BOARD, "Certified Peer Specialist", number,
        "CERTIFIED", ISSUED, later).bytes());

    JsonNode row = Roster.row(report, specialist);
    assertThat(row.get("outcome").asText()).as(row.toString()).isEqualTo("UPDATED");
    assertThat(row.get("changes").toString()).contains("last name and e-mail", "David", "renewal");
    assertThat(identityService.createUserQuery().userId(specialist).singleResult().getLastName())
        .isEqualTo("Brooks-Ortiz");
    assertThat(relationships.supervisorOf(specialist)).contains("david");
    assertThat(relationshipRows.findById(first.getId()).orElseThrow().isActive()).as("maria's ended").isFalse();
    Certification after = certifications.findById(before.getId()).orElseThrow();
    assertThat(after.getExpiresOn()).isEqualTo(LocalDate.parse(later));
    assertThat(after.getRenewalEvidence()).contains("roster");
    assertThat(certifications.findBySpecialistIdOrderByExpiresOnDesc(specialist)).hasSize(1);
    assertThat(renewalProcesses(specialist)).as("the same renewal process, in a new period").isEqualTo(1);
    assertThat(runtimeService.getVariable(before.getProcessInstanceId(), "certificationExpiresOn")).isEqualTo(later);

    JsonNode earlier = Roster.importAs(robin(), Roster.file().line(specialist, "Taylor", "Brooks", "",
        "SPECIALIST", "david", BOARD, "Certified Peer Specialist", number, "CERTIFIED", ISSUED, EXPIRES).bytes());
    JsonNode refused = Roster.row(earlier, specialist);
    assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(Roster.columns(refused)).containsExactly("expires_on");
    assertThat(identityService.createUserQuery().userId(specialist).singleResult().getLastName())
        .as("nothing of a refused row is written").isEqualTo("Brooks-Ortiz");
    assertThat(certifications.findById(before.getId()).orElseThrow().getExpiresOn()).isEqualTo(LocalDate.parse(later));
  }

  @Test
  void aLargeFileShowsItsProgressWhileRunningAndItsReportWhenDone() throws InterruptedException {
    Roster file = Roster.file();
    String prefix = Roster.unique("bulk");
    for (int i = 0; i < 500; i++) {
      file.person(prefix + "-" + i, "SPECIALIST", null);
    }
    // hold the import queue, so that the import is seen before its first row
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    queue.submit(() -> {
      holding.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    holding.await();
    long id;
    try {
      JsonNode started = Roster.start(robin(), "/api/roster/imports", file.bytes());
      id = started.get("id").asLong();
      assertThat(started.get("status").asText()).isEqualTo("RUNNING");
      JsonNode waiting = robin().get("/api/roster/imports/" + id).json();
      assertThat(waiting.get("status").asText()).isEqualTo("RUNNING");
      assertThat(waiting.get("totalRows").asInt()).isEqualTo(500);
      assertThat(waiting.get("processedRows").asInt()).isZero();
      assertThat(waiting.get("rows").isNull()).as("the report comes when done").isTrue();
    } finally {
      release.countDown();
    }

    List<Integer> seen = new ArrayList<>();
    JsonNode view;
    do {
      Roster.pause();
      view = robin().get("/api/roster/imports/" + id).json();
      seen.add(view.get("processedRows").asInt());
    } while (!view.get("status").asText().equals("DONE") && seen.size() < 100_000);
    assertThat(seen).as("processed rows only grow").isSorted();
    assertThat(view.get("status").asText()).isEqualTo("DONE");
    assertThat(view.get("processedRows").asInt()).isEqualTo(500);
    assertThat(view.get("created").asInt()).isEqualTo(500);
    assertThat(view.get("rows")).hasSize(500);
    assertThat(identityService.createUserQuery().memberOfGroup("specialists").userId(prefix + "-499").count()).isEqualTo(1);
  }

  @Test
  void aFileWithAnUnknownOrMissingColumnIsRefusedAsAWholeNamingTheColumn() {
    String header = Roster.HEADER.replace("credential_number", "licence_number");
    Http.Reply unknown = robin().post("/api/roster/imports", "text/csv",
        (header + "\nsomeone,A,B,,SPECIALIST,,,,,,,\n").getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("licence_number",
        "credential_number");

    Http.Reply missing = robin().post("/api/roster/imports", "text/csv",
        "user_id,first_name,last_name\nsomeone,A,B\n".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").findValuesAsText("field")).contains("email", "role", "expires_on");

    Http.Reply notCsv = robin().post("/api/roster/imports", "text/csv",
        (Roster.HEADER + "\n\"unclosed,A,B,,SPECIALIST,,,,,,,\n").getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(notCsv.status()).isEqualTo(400);
    assertThat(notCsv.json().get("errors").findValuesAsText("field")).containsExactly("file");

    Http.Reply empty = robin().post("/api/roster/imports", "text/csv", new byte[0], Map.of());
    assertThat(empty.status()).isEqualTo(400);
    Http.Reply headerOnly = robin().post("/api/roster/imports", "text/csv",
        (Roster.HEADER + "\n").getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(headerOnly.status()).isEqualTo(400);
    assertThat(headerOnly.body()).contains("no rows");
  }

  @Test
  void aFileOverTheLimitsIsRefusedWith413() {
    Roster tooManyRows = Roster.file();
    for (int i = 0; i < 5001; i++) {
      tooManyRows.line("x" + i, "A", "B", "", "SPECIALIST", "", "", "", "", "", "", "");
    }
    Http.Reply rows = robin().post("/api/roster/imports", "text/csv", tooManyRows.bytes(), Map.of());
    assertThat(rows.status()).isEqualTo(413);
    assertThat(rows.json().get("detail").asText()).contains("5000 rows");

    byte[] big = new byte[2 * 1024 * 1024 + 100];
    java.util.Arrays.fill(big, (byte) 'a');
    Http.Reply bytes = robin().post("/api/roster/imports", "text/csv", big, Map.of());
    assertThat(bytes.status()).isEqualTo(413);
    assertThat(bytes.json().get("detail").asText()).contains("larger than");
    assertThat(identityService.createUserQuery().userId("x0").count()).isZero();
  }

  @Test
  void aFileCanBeUploadedAsAFormAndADryRunWritesNothing() {
    String specialist = Roster.unique("dry");
    byte[] file = Roster.file().person(specialist, "SPECIALIST", "maria").bytes();
    long imports = robin().get("/api/roster/imports").json().size();

    Http.Reply started = robin().upload("/api/roster/imports?dryRun=true", "file", "roster.csv", file, Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonNode dry = Roster.waitForReport(robin(), "/api/roster/imports/", started.json().get("id").asLong());
    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(Roster.row(dry, specialist).get("outcome").asText()).isEqualTo("CREATED");
    assertThat(Roster.row(dry, specialist).get("changes").get(0).asText()).contains("dry run");
    // every change of a dry run says what would happen, none what happened
    List<String> wouldDo = new ArrayList<>();
    Roster.row(dry, specialist).get("changes").forEach(change -> wouldDo.add(change.asText()));
    assertThat(wouldDo).containsExactly("dry run: nothing was written",
        "would create their account, without a password: they would choose one with their activation link",
        "would add them as a peer specialist", "would be supervised by Maria Alvarez");
    assertThat(Roster.row(dry, specialist).get("activationLink").isNull()).isTrue();
    assertThat(identityService.createUserQuery().userId(specialist).count()).isZero();

    Http.Reply real = robin().upload("/api/roster/imports", "file", "roster.csv", file, Map.of());
    JsonNode report = Roster.waitForReport(robin(), "/api/roster/imports/", real.json().get("id").asLong());
    assertThat(Roster.row(report, specialist).get("outcome").asText()).isEqualTo("CREATED");
    List<String> did = new ArrayList<>();
    Roster.row(report, specialist).get("changes").forEach(change -> did.add(change.asText()));
    assertThat(did).startsWith("created their account, without a password: they choose one with their activation link",
        "added them as a peer specialist", "supervised by Maria Alvarez");
    assertThat(did).noneMatch(change -> change.contains("would"));
    assertThat(relationships.supervisorOf(specialist)).contains("maria");
    assertThat(robin().get("/api/roster/imports").json().size()).isEqualTo(imports + 2);

    Http.Reply noFile = robin().upload("/api/roster/imports", "other", "roster.csv", file, Map.of());
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.json().get("errors").findValuesAsText("field")).containsExactly("file");
  }

  @Test
  void onlyProgramLeadsAndAdminsImportAndEachReportIsForItsImporterAndAdmins() {
    byte[] file = Roster.file().person(Roster.unique("acc"), "SPECIALIST", null).bytes();
    assertThat(Http.anonymous(port).post("/api/roster/imports", "text/csv", file, Map.of()).status()).isEqualTo(401);
    assertThat(Http.anonymous(port).get("/api/roster/imports").status()).isEqualTo(401);
    for (String user : List.of("alex", "maria")) {
      Http.Reply refused = Http.as(port, user).post("/api/roster/imports", "text/csv", file, Map.of());
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(Http.as(port, user).get("/api/roster/imports").status()).as(user).isEqualTo(403);
    }
    long robins = Roster.importAs(robin(), file).get("id").asLong();
    long admins = Roster.importAs(Http.as(port, "admin"), Roster.file().person(Roster.unique("acc"), "SUPERVISOR", null)
        .bytes()).get("id").asLong();
    assertThat(Http.as(port, "admin").get("/api/roster/imports/" + robins).status()).isEqualTo(200);
    assertThat(robin().get("/api/roster/imports/" + admins).status()).as("another's report").isEqualTo(404);
    assertThat(robin().get("/api/roster/imports").json().findValuesAsText("importedBy")).containsOnly("robin");
    assertThat(Http.as(port, "maria").get("/api/roster/imports/" + robins).status()).isEqualTo(403);
  }

  @Test
  void thePageIsForProgramLeadsAndAdminsAndImportsInTheTasklistSession() {
    assertThat(Http.anonymous(port).get("/roster").status()).isEqualTo(401);
    Http.Reply notPermitted = Http.as(port, "maria").get("/roster");
    assertThat(notPermitted.status()).isEqualTo(403);
    assertThat(notPermitted.contentType()).startsWith("text/html");
    assertThat(notPermitted.body()).contains("for program leads and administrators").doesNotContain("/roster/roster.js");
    Http.Reply page = robin().get("/roster");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Roster import", "/roster/roster.js");
    assertThat(robin().raw("/roster").headers().firstValue("Cache-Control")).contains("no-store");

    Http session = Http.tasklistSession(port, "robin");
    assertThat(session.get("/roster").status()).as("signed in to Tasklist").isEqualTo(200);
    String specialist = Roster.unique("page");
    byte[] file = Roster.file().person(specialist, "SPECIALIST", null).bytes();
    // the session's CSRF token goes along, as Tasklist sends it (without it: SignInPageTest)
    Http.Reply started = session.upload("/roster/imports", "file", "roster.csv", file, Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonNode report = Roster.waitForReport(session, "/roster/imports/", started.json().get("id").asLong());
    assertThat(Roster.row(report, specialist).get("outcome").asText()).isEqualTo("CREATED");
    assertThat(identityService.createUserQuery().userId(specialist).count()).isEqualTo(1);
  }
}
