package org.peersupport.supervision.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationshipRepository;
import org.peersupport.supervision.disclosure.Reflections;
import org.peersupport.supervision.disclosure.ReflectionForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a roster import may not do, whoever names it in the file: change the importer's own account, groups or
 * supervision (finding 5 of issue 13: robin made himself alex's supervisor and read alex's reflection), or, for a
 * program lead, grant program-lead rights.
 */
@ProcessTest
class RosterRightsTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired Relationships relationships;
  @Autowired SupervisionRelationshipRepository relationshipRows;
  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired Reflections reflections;

  private Http robin() {
    return Http.as(port, "robin");
  }

  private boolean isMember(String userId, String group) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 1;
  }

  private long alexWritesAReflection() {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("disclosure-reflection").latestVersion().singleResult().getId();
    ProcessInstance instance = engine.as("alex", () ->
        (ProcessInstance) processEngine.getFormService().submitStartForm(definition, ReflectionForms.startOwn()));
    engine.submit("alex", instance.getId(), "Task_WriteReflection", ReflectionForms.moderateRisk());
    return reflections.findByProcessInstanceId(instance.getId()).orElseThrow().getId();
  }

  @Test
  void aProgramLeadWhoImportsHimselfAsAlexsSupervisorStaysOutOfAlexsReflection() {
    long reflection = alexWritesAReflection();
    assertThat(robin().get("/api/reflections/" + reflection).status()).as("before the import").isEqualTo(403);

    JsonNode report = Roster.importAs(robin(), Roster.file()
        .line("robin", "Robin", "Patel", "robin@peer-program.example", "SUPERVISOR", "", "", "", "", "", "", "")
        .line("alex", "Alex", "Morgan", "alex@peer-program.example", "SPECIALIST", "robin", "", "", "", "", "", "")
        .bytes());

    JsonNode own = Roster.row(report, "robin");
    assertThat(own.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(Roster.columns(own)).containsExactly("user_id");
    assertThat(own.get("reasons").get(0).get("message").asText()).isEqualTo("This row is about you: a roster import "
        + "cannot change your own account, role or supervision. Ask another program lead or an administrator.");
    JsonNode alex = Roster.row(report, "alex");
    assertThat(alex.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(Roster.columns(alex)).containsExactly("supervisor_id");
    assertThat(alex.get("reasons").get(0).get("message").asText()).startsWith("names you as the supervisor");

    assertThat(isMember("robin", "supervisors")).as("robin in the group supervisors").isFalse();
    assertThat(relationshipRows.findBySupervisorIdAndActiveTrueOrderBySpecialistId("robin")).isEmpty();
    assertThat(relationships.supervisorOf("alex")).contains("maria");
    Http.Reply read = robin().get("/api/reflections/" + reflection);
    assertThat(read.status()).as("robin reads alex's reflection").isEqualTo(403);
    assertThat(read.body()).doesNotContain(ReflectionForms.PRIVATE_TEXT);
  }

  @Test
  void aProgramLeadCannotGrantProgramLeadRightsAndAnAdministratorCan() {
    String lead = Roster.unique("lead");
    byte[] file = Roster.file().person(lead, "PROGRAM_LEAD", null)
        .line("jordan", "Jordan", "Lee", "jordan@peer-program.example", "PROGRAM_LEAD", "", "", "", "", "", "", "")
        .bytes();

    JsonNode refused = Roster.importAs(robin(), file);

    for (String userId : new String[] {lead, "jordan"}) {
      JsonNode row = Roster.row(refused, userId);
      assertThat(row.get("outcome").asText()).as(userId).isEqualTo("REFUSED");
      assertThat(Roster.columns(row)).containsExactly("role");
      assertThat(row.get("reasons").get(0).get("message").asText()).contains("only an administrator's import");
    }
    assertThat(identityService.createUserQuery().userId(lead).count()).as("the new lead created").isZero();
    assertThat(isMember("jordan", "program-leads")).as("jordan made a program lead").isFalse();

    JsonNode granted = Roster.importAs(Http.as(port, "admin"), Roster.file().person(lead, "PROGRAM_LEAD", null).bytes());
    assertThat(Roster.row(granted, lead).get("outcome").asText()).isEqualTo("CREATED");
    assertThat(isMember(lead, "program-leads")).isTrue();
  }
}
