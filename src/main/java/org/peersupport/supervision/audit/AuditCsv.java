package org.peersupport.supervision.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV, one figure per row (RFC 4180, UTF-8), so it opens in a spreadsheet and sums and
 * filters without reshaping: period, section, supervisor, specialist, name, measure, value.
 * Text that a spreadsheet would run as a formula is defused with a leading apostrophe.
 */
final class AuditCsv {

  static final String HEADER = "period_from,period_to,section,supervisor_id,specialist_id,name,measure,value";

  private final AuditReport report;
  private final List<String> lines = new ArrayList<>();

  private AuditCsv(AuditReport report) {
    this.report = report;
  }

  static String of(AuditReport report) {
    return new AuditCsv(report).write();
  }

  private String write() {
    lines.add(HEADER);
    row("minimum", null, null, null, "sessions_per_month", report.minimum().sessionsPerMonth());
    row("minimum", null, null, null, "minutes_per_month", report.minimum().minutesPerMonth());
    report.stageMinimums().forEach((stage, minimum) -> {
      row("minimum", null, null, null, stage + "_sessions_per_month", minimum.sessionsPerMonth());
      row("minimum", null, null, null, stage + "_minutes_per_month", minimum.minutesPerMonth());
    });
    AuditReport.Cycles c = report.cycles();
    row("cycles", report.supervisorId(), null, null, "completed", c.completed());
    row("cycles", report.supervisorId(), null, null, "on_time", c.onTime());
    row("cycles", report.supervisorId(), null, null, "late", c.late());
    row("cycles", report.supervisorId(), null, null, "on_time_percent", c.onTimePercent());
    row("cycles", report.supervisorId(), null, null, "open_past_due", c.openPastDue());
    for (AuditReport.SupervisorCycles s : report.cyclesBySupervisor()) {
      row("supervisor", s.supervisorId(), null, s.supervisorName(), "cycles_completed", s.completed());
      row("supervisor", s.supervisorId(), null, s.supervisorName(), "cycles_on_time", s.onTime());
      row("supervisor", s.supervisorId(), null, s.supervisorName(), "cycles_late", s.late());
      row("supervisor", s.supervisorId(), null, s.supervisorName(), "cycles_on_time_percent", s.onTimePercent());
      row("supervisor", s.supervisorId(), null, s.supervisorName(), "cycles_open_past_due", s.openPastDue());
      row("supervisor", s.supervisorId(), null, s.supervisorName(), "overdue_reflections", s.overdueReflections());
    }
    AuditReport.ReflectionDeadlines r = report.reflectionDeadlines();
    row("reflection_deadlines", report.supervisorId(), null, null, "due", r.due());
    row("reflection_deadlines", report.supervisorId(), null, null, "done_on_time", r.doneOnTime());
    row("reflection_deadlines", report.supervisorId(), null, null, "done_late", r.doneLate());
    row("reflection_deadlines", report.supervisorId(), null, null, "open_overdue", r.openOverdue());
    for (AuditReport.MonthCompliance m : report.months()) {
      String measure = m.month() + "_";
      row("month", report.supervisorId(), null, null, measure + "specialists", m.specialists());
      row("month", report.supervisorId(), null, null, measure + "meeting_minimum", m.meetingMinimum());
      row("month", report.supervisorId(), null, null, measure + "meeting_minimum_percent", m.percent());
      row("month", report.supervisorId(), null, null, measure + "sessions", m.sessions());
      row("month", report.supervisorId(), null, null, measure + "minutes", m.minutes());
    }
    for (AuditReport.SpecialistSupervision s : report.specialists()) {
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "sessions", s.sessions());
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "minutes", s.minutes());
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "months_meeting_minimum", s.monthsMeetingMinimum());
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "months", s.months());
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "overdue_reflections", s.overdueReflections());
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "stage", s.stage());
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "minimum_sessions_per_month",
          s.minimum().sessionsPerMonth());
      row("specialist", s.supervisorId(), s.specialistId(), s.specialistName(), "minimum_minutes_per_month",
          s.minimum().minutesPerMonth());
    }
    AuditReport.ReflectionReviews reviews = report.reflections();
    if (reviews.available()) {
      row("disclosure_reflections", report.supervisorId(), null, null, "total", reviews.total());
      counts("disclosure_reflections", "type_", reviews.byType());
      counts("disclosure_reflections", "risk_", reviews.byRisk());
      counts("disclosure_reflections", "review_outcome_", reviews.byReviewOutcome());
      row("disclosure_reflections", report.supervisorId(), null, null, "reviewed", reviews.reviewed());
      row("disclosure_reflections", report.supervisorId(), null, null, "average_hours_to_review", reviews.averageHoursToReview());
      row("disclosure_reflections", report.supervisorId(), null, null, "maximum_hours_to_review", reviews.maximumHoursToReview());
      row("disclosure_reflections", report.supervisorId(), null, null, "reviewed_late", reviews.reviewedLate());
      row("disclosure_reflections", report.supervisorId(), null, null, "reviews_overdue", reviews.reviewsOverdue());
    }
    row("scope_checks", report.supervisorId(), null, null, "total", report.scopeChecks().total());
    counts("scope_checks", "table_outcome_", report.scopeChecks().byTableOutcome());
    counts("scope_checks", "final_outcome_", report.scopeChecks().byFinalOutcome());
    row("scope_checks", report.supervisorId(), null, null, "overrides", report.scopeChecks().overrides());
    for (AuditReport.Override o : report.overrides()) {
      String what = "override_" + o.tableOutcome() + "_to_" + o.overriddenTo() + "_scope_check_" + o.scopeCheckId();
      row("override", o.supervisorId(), o.specialistId(), o.supervisorName(), what, o.reason());
    }
    AuditReport.Crisis k = report.crisis();
    row("crisis", report.supervisorId(), null, null, "escalations", k.escalations());
    row("crisis", report.supervisorId(), null, null, "acknowledged", k.acknowledged());
    row("crisis", report.supervisorId(), null, null, "acknowledged_in_time", k.acknowledgedInTime());
    row("crisis", report.supervisorId(), null, null, "average_minutes_to_acknowledge", k.averageMinutesToAcknowledge());
    row("crisis", report.supervisorId(), null, null, "maximum_minutes_to_acknowledge", k.maximumMinutesToAcknowledge());
    row("crisis", report.supervisorId(), null, null, "escalated_to_program_leads", k.escalatedToProgramLeads());
    AuditReport.Referrals f = report.referrals();
    row("referrals", report.supervisorId(), null, null, "total", f.total());
    row("referrals", report.supervisorId(), null, null, "consent_given", f.consentGiven());
    row("referrals", report.supervisorId(), null, null, "consent_refused", f.consentRefused());
    row("referrals", report.supervisorId(), null, null, "consent_pending", f.consentPending());
    row("referrals", report.supervisorId(), null, null, "handed_off", f.handedOff());
    row("referrals", report.supervisorId(), null, null, "average_hours_to_handoff", f.averageHoursToHandoff());
    counts("referrals", "outcome_", f.byOutcome());
    row("referrals", report.supervisorId(), null, null, "lost_to_follow_up", f.lostToFollowUp());
    for (AuditReport.RoleDrift d : report.roleDrift()) {
      row("role_drift", null, d.specialistId(), d.specialistName(), "scope_checks", d.scopeChecks());
      row("role_drift", null, d.specialistId(), d.specialistName(), "refer_or_consult", d.referOrConsult());
      row("role_drift", null, d.specialistId(), d.specialistName(), "share", d.share());
      row("role_drift", null, d.specialistId(), d.specialistName(), "overrides_to_within_scope", d.overridesToWithinScope());
      row("role_drift", null, d.specialistId(), d.specialistName(), "signal", d.signal());
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  private void counts(String section, String prefix, Map<String, Long> counts) {
    counts.forEach((key, count) -> row(section, report.supervisorId(), null, null, prefix + key, count));
  }

  private void row(String section, String supervisor, String specialist, String name, String measure, Object value) {
    lines.add(String.join(",", cell(report.from()), cell(report.to()), cell(section), cell(supervisor), cell(specialist),
        cell(name), cell(measure), cell(value)));
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
