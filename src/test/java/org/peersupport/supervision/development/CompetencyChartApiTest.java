package org.peersupport.supervision.development;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.cycle.CompetencySelfAssessment;
import org.peersupport.supervision.cycle.CompetencySelfAssessments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The competency self-assessment chart: casey's ratings over time as series and as an SVG line per
 * domain, for casey and their supervisor (david) only. casey's self-assessments belong to this test.
 */
@ProcessTest
class CompetencyChartApiTest {

  @LocalServerPort int port;
  @Autowired CompetencySelfAssessments assessments;

  private String svg(String user) throws Exception {
    String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/specialists/casey/competency-chart"))
        .header("Authorization", "Basic " + token).header("Accept", "image/svg+xml, application/problem+json")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/svg+xml"));
    return response.body();
  }

  @Test
  void ratingsOverTimeAreSeriesAndALinePerDomainForTheSpecialistAndTheirSupervisor() throws Exception {
    LocalDate first = LocalDate.of(2016, 1, 10);
    assessments.save(new CompetencySelfAssessment("chart-1", "casey", first, CompetencyDomain.PROVIDING_SUPPORT, 2));
    assessments.save(new CompetencySelfAssessment("chart-1", "casey", first, CompetencyDomain.ENGAGING_PEERS, 3));
    assessments.save(new CompetencySelfAssessment("chart-2", "casey", first.plusWeeks(2),
        CompetencyDomain.PROVIDING_SUPPORT, 4));

    JsonNode series = Http.as(port, "casey").get("/api/specialists/casey/competencies").json();
    assertThat(series.get("PROVIDING_SUPPORT").findValuesAsText("rating")).containsExactly("2", "4");
    assertThat(series.get("ENGAGING_PEERS").findValuesAsText("assessedOn")).containsExactly("2016-01-10");

    Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg("david").getBytes(StandardCharsets.UTF_8)));
    NodeList lines = chart.getElementsByTagName("polyline");
    assertThat(lines.getLength()).isEqualTo(2);
    for (int i = 0; i < lines.getLength(); i++) {
      Element line = (Element) lines.item(i);
      if (line.getAttribute("data-domain").equals("PROVIDING_SUPPORT")) {
        assertThat(line.getAttribute("points").split(" ")).hasSize(2);
      }
    }
    assertThat(chart.getDocumentElement().getTextContent()).contains("Casey Rivera", "Providing support",
        "Engaging peers in collaborative and caring relationships", "2016-01-10");
  }

  @Test
  void othersCannotSeeTheSelfAssessments() {
    assertThat(Http.as(port, "maria").get("/api/specialists/casey/competencies").status()).isEqualTo(403);
    assertThat(Http.as(port, "robin").get("/api/specialists/casey/competencies").status()).isEqualTo(403);
    assertThat(Http.as(port, "alex").get("/api/specialists/casey/competencies").status()).isEqualTo(403);
  }

  @Test
  void aChartWithoutAssessmentsSaysSo() {
    assertThat(new CompetencyChart(assessments).svg("Nobody", java.util.Map.of())).contains("No self-assessments yet.");
  }
}
