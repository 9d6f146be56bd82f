package org.peersupport.supervision.development;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A specialist's competency self-assessments over time, for the specialist and their own supervisor:
 * as series (JSON) and as a chart (SVG) to open in the browser.
 */
@RestController
@RequestMapping("/api/specialists/{specialistId}")
class CompetencyChartController {

  static final MediaType SVG = MediaType.valueOf("image/svg+xml");

  private final CompetencyChart chart;
  private final Relationships relationships;
  private final CurrentUser currentUser;

  CompetencyChartController(CompetencyChart chart, Relationships relationships, CurrentUser currentUser) {
    this.chart = chart;
    this.relationships = relationships;
    this.currentUser = currentUser;
  }

  @Operation(summary = "A specialist's competency self-assessments",
      description = "Their self-ratings per competency domain over time. For the specialist and their supervisor only.")
  @ApiResponse(responseCode = "200", description = "The self-ratings per domain.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or their supervisor.")
  @GetMapping("/competencies")
  Map<CompetencyDomain, List<CompetencyChart.Point>> competencies(@PathVariable String specialistId) {
    requireSpecialistOrSupervisor(specialistId);
    return chart.series(specialistId);
  }

  @Operation(summary = "A specialist's competency self-assessments as a chart",
      description = "The same series as an SVG chart to open in a browser. For the specialist and their "
          + "supervisor only.")
  @ApiResponse(responseCode = "200", description = "The chart (SVG).")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist or their supervisor.")
  @GetMapping(value = "/competency-chart", produces = "image/svg+xml")
  ResponseEntity<String> competencyChart(@PathVariable String specialistId) {
    requireSpecialistOrSupervisor(specialistId);
    String svg = chart.svg("Competency self-assessments of " + relationships.displayName(specialistId),
        chart.series(specialistId));
    return ResponseEntity.ok().contentType(SVG).body(svg);
  }

  private void requireSpecialistOrSupervisor(String specialistId) {
    String me = currentUser.id();
    if (!me.equals(specialistId) && !relationships.supervises(me, specialistId)) {
      throw new NotPermittedException("Self-assessments are for the specialist and their supervisor only.");
    }
  }
}
