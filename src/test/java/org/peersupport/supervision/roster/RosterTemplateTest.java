package org.peersupport.supervision.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The roster template on /roster: the header row and one example row, which a dry run takes as it is;
 * for those who may import only.
 */
@ProcessTest
class RosterTemplateTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void theTemplateHasTheHeaderAndAnExampleRowThatADryRunTakesAsItIs() {
    Http robin = Http.as(port, "robin");
    var reply = robin.raw("/roster/template.csv");
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(reply.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("attachment").contains("roster-template.csv"));
    List<String> lines = reply.body().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(Roster.HEADER);

    JsonNode started = Roster.start(robin, "/api/roster/imports?dryRun=true", reply.body().getBytes(StandardCharsets.UTF_8));
    JsonNode report = Roster.waitForReport(robin, "/api/roster/imports/", started.get("id").asLong());
    assertThat(report.get("refused").asInt()).as(report.toString()).isZero();
    assertThat(report.get("rows")).hasSize(1);
    JsonNode row = report.get("rows").get(0);
    assertThat(row.get("outcome").asText()).as(row.toString()).isEqualTo("CREATED");
    assertThat(row.get("changes").toString()).contains("would record the certification");
    assertThat(identityService.createUserQuery().userId(row.get("userId").asText()).count())
        .as("a dry run writes nothing").isZero();
  }

  @Test
  void onlyThoseWhoMayImportGetTheTemplate() {
    assertThat(Http.anonymous(port).get("/roster/template.csv").status()).isEqualTo(401);
    for (String user : List.of("alex", "maria")) {
      assertThat(Http.as(port, user).get("/roster/template.csv").status()).as(user).isEqualTo(403);
    }
    assertThat(Http.as(port, "admin").get("/roster/template.csv").status()).isEqualTo(200);
  }
}
