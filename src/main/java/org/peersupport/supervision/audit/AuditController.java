package org.peersupport.supervision.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scope-compliance report for program leads (the program or one supervisor's team) and for
 * supervisors (their own team), as JSON and CSV, and the open follow-up actions of audit findings.
 * Period: {@code month=2026-10}, {@code quarter=2026-Q3}, or {@code from} and {@code to} (default:
 * this month).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private final AuditFigures figures;
  private final AuditFindings findings;
  private final AuditAccess access;

  AuditController(AuditFigures figures, AuditFindings findings, AuditAccess access) {
    this.figures = figures;
    this.findings = findings;
    this.access = access;
  }

  @Operation(summary = "The supervision audit report",
      description = "The program's figures for a period (month yyyy-MM, quarter yyyy-Qn, or from..to; default "
          + "this month): supervision compliance, reflections, scope checks, crises, referrals. Program leads "
          + "and administrators get the program's or one supervisor's team's; a supervisor their own team's.")
  @ApiResponse(responseCode = "200", description = "The report.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator, or a "
      + "supervisor asks for another team.")
  @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
  AuditReport report(@RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String supervisorId) {
    String team = access.teamFor(supervisorId);
    return figures.report(AuditPeriods.of(month, quarter, from, to, LocalDate.now()), team);
  }

  @Operation(summary = "The supervision audit report as CSV",
      description = "The same figures as the report, as a CSV file.")
  @ApiResponse(responseCode = "200", description = "The report as a CSV file.",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator, or a "
      + "supervisor asks for another team.")
  @GetMapping("/report.csv")
  ResponseEntity<String> csv(@RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String supervisorId) {
    AuditReport report = report(month, quarter, from, to, supervisorId);
    String file = "scope-audit-" + report.from() + "-" + report.to()
        + (report.supervisorId() == null ? "" : "-" + report.supervisorId()) + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(AuditCsv.of(report));
  }

  @Operation(summary = "Open audit follow-up actions",
      description = "Actions agreed in monthly audits that are still open, with their due dates: the program's "
          + "or one supervisor's team's for program leads and administrators, a supervisor's own team's for them.")
  @ApiResponse(responseCode = "200", description = "The open actions.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator, or a "
      + "supervisor asks for another team.")
  @GetMapping("/follow-up-actions")
  List<AuditFindings.OpenAction> openActions(@RequestParam(required = false) String supervisorId) {
    return findings.open(access.teamFor(supervisorId), LocalDate.now());
  }
}
