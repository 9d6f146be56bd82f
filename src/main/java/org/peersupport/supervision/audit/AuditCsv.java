package org.peersupport.supervision.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV, one figure per row (RFC 4180, UTF-8), so it opens in a spreadsheet and sums and
 * filters without reshaping. Machines read the code columns (period_from, period_to as ISO dates,
 * section, supervisor_id, specialist_id, measure, value); beside each stands a column in words for
 * people (period "December 2026", section_label, supervisor, specialist, measure_label, value_label),
 * with the words of the forms (see {@link AuditWords}). Text that a spreadsheet would run as a formula is
 * defused with a leading apostrophe.
 */
final class AuditCsv {

  static final String HEADER = "period_from,period_to,period,section,section_label,supervisor_id,supervisor,"
      + "specialist_id,specialist,measure,measure_label,value,value_label";

  private static final Map<String, String> SECTIONS = Map.ofEntries(
      Map.entry("minimum", "Monthly minimum"),
      Map.entry("cycles", "Supervision cycles"),
      Map.entry("supervisor", "Per supervisor"),
      Map.entry("reflection_deadlines", "Pre-supervision reflections"),
      Map.entry("month", "Per month"),
      Map.entry("specialist", "Per specialist"),
      Map.entry("disclosure_reflections", "Disclosure and boundary reflections"),
      Map.entry("scope_checks", "Scope checks"),
      Map.entry("override", "Supervisor overrides"),
      Map.entry("crisis", "Crisis scope checks"),
      Map.entry("referrals", "Referrals to licensed care"),
      Map.entry("role_drift", "Role drift"));

  private final AuditReport report;
  private final String teamName;
  private final List<String> lines = new ArrayList<>();

  private AuditCsv(AuditReport report) {
    this.report = report;
    this.teamName = teamName(report);
  }

  static String of(AuditReport report) {
    return new AuditCsv(report).write();
  }

  private String write() {
    lines.add(HEADER);
    minimum(null, report.minimum(), "without a certification");
    report.stageMinimums().forEach((stage, minimum) -> minimum(stage + "_", minimum, AuditWords.of("stage", stage)));
    AuditReport.Cycles c = report.cycles();
    team("cycles", "completed", "Cycles completed", c.completed());
    team("cycles", "on_time", "Cycles completed on time", c.onTime());
    team("cycles", "late", "Cycles completed late", c.late());
    team("cycles", "on_time_percent", "Cycles completed on time (%)", c.onTimePercent());
    team("cycles", "open_past_due", "Cycles still open past their due time", c.openPastDue());
    for (AuditReport.SupervisorCycles s : report.cyclesBySupervisor()) {
      supervisor(s, "cycles_completed", "Cycles completed", s.completed());
      supervisor(s, "cycles_on_time", "Cycles completed on time", s.onTime());
      supervisor(s, "cycles_late", "Cycles completed late", s.late());
      supervisor(s, "cycles_on_time_percent", "Cycles completed on time (%)", s.onTimePercent());
      supervisor(s, "cycles_open_past_due", "Cycles still open past their due time", s.openPastDue());
      supervisor(s, "overdue_reflections", "Overdue pre-supervision reflections of the team", s.overdueReflections());
    }
    AuditReport.ReflectionDeadlines r = report.reflectionDeadlines();
    team("reflection_deadlines", "due", "Reflections due", r.due());
    team("reflection_deadlines", "done_on_time", "Reflections done on time", r.doneOnTime());
    team("reflection_deadlines", "done_late", "Reflections done late", r.doneLate());
    team("reflection_deadlines", "open_overdue", "Reflections still open past their due date", r.openOverdue());
    for (AuditReport.MonthCompliance m : report.months()) {
      String measure = m.month() + "_";
      String month = AuditWords.month(m.month()) + (m.inProgress() ? " (in progress)" : "") + ": ";
      team("month", measure + "specialists", month + "specialists supervised", m.specialists());
      team("month", measure + "meeting_minimum", month + "specialists who met their minimum", m.meetingMinimum());
      team("month", measure + "meeting_minimum_percent", month + "specialists who met their minimum (%)", m.percent());
      if (m.inProgress()) {
        team("month", measure + "on_track", month + "specialists on track for their minimum", m.onTrack());
        team("month", measure + "behind", month + "specialists behind on their minimum", m.behind());
      }
      team("month", measure + "sessions", month + "signed sessions", m.sessions());
      team("month", measure + "minutes", month + "minutes of signed sessions", m.minutes());
    }
    for (AuditReport.SpecialistSupervision s : report.specialists()) {
      specialist(s, "sessions", "Signed sessions", s.sessions(), null);
      specialist(s, "minutes", "Minutes of signed sessions", s.minutes(), null);
      specialist(s, "months_meeting_minimum", "Months in which they met their minimum", s.monthsMeetingMinimum(), null);
      specialist(s, "months_below_minimum", "Finished months below their minimum", s.monthsBelowMinimum(), null);
      specialist(s, "months", "Months supervised", s.months(), null);
      specialist(s, "standing", "Against their monthly minimum", s.standing(), AuditWords.of("standing", s.standing()));
      AuditReport.MonthInProgress now = s.monthInProgress();
      if (now != null) {
        String month = AuditWords.month(now.month()) + " (in progress): ";
        specialist(s, "in_progress_sessions_still_needed", month + "sessions still needed", now.sessionsStillNeeded(), null);
        specialist(s, "in_progress_sessions_still_possible", month + "sessions still possible at one a week",
            now.sessionsStillPossible(), null);
        specialist(s, "in_progress_days_left", month + "days left", now.daysLeft(), null);
      }
      specialist(s, "overdue_reflections", "Overdue pre-supervision reflections", s.overdueReflections(), null);
      specialist(s, "stage", "Certification stage", s.stage(),
          s.stage() == null ? "No certification: the program's minimum" : AuditWords.of("stage", s.stage()));
      specialist(s, "minimum_sessions_per_month", "Their minimum: sessions a month", s.minimum().sessionsPerMonth(), null);
      specialist(s, "minimum_minutes_per_month", "Their minimum: minutes a month", s.minimum().minutesPerMonth(), null);
    }
    AuditReport.ReflectionReviews reviews = report.reflections();
    if (reviews.available()) {
      String section = "disclosure_reflections";
      team(section, "total", "Reflections submitted", reviews.total());
      counts(section, "type_", "Situation: ", "situationType", reviews.byType());
      counts(section, "risk_", "Risk: ", "risk", reviews.byRisk());
      counts(section, "review_outcome_", "Review outcome: ", "reviewOutcome", reviews.byReviewOutcome());
      team(section, "reviewed", "Reviewed", reviews.reviewed());
      team(section, "average_hours_to_review", "Hours from reflection to review, average", reviews.averageHoursToReview());
      team(section, "maximum_hours_to_review", "Hours from reflection to review, longest", reviews.maximumHoursToReview());
      team(section, "reviewed_late", "Reviewed after their due time", reviews.reviewedLate());
      team(section, "reviews_overdue", "Reviews still open past their due time", reviews.reviewsOverdue());
    }
    team("scope_checks", "total", "Scope checks raised", report.scopeChecks().total());
    counts("scope_checks", "table_outcome_", "The table answered: ", "tableOutcome", report.scopeChecks().byTableOutcome());
    counts("scope_checks", "final_outcome_", "Final outcome: ", "finalOutcome", report.scopeChecks().byFinalOutcome());
    team("scope_checks", "overrides", "Supervisor overrides of the table", report.scopeChecks().overrides());
    for (AuditReport.Override o : report.overrides()) {
      String what = "override_" + o.tableOutcome() + "_to_" + o.overriddenTo() + "_scope_check_" + o.scopeCheckId();
      String words = "Override on " + AuditWords.day(o.overriddenAt() == null ? null
          : LocalDate.ofInstant(o.overriddenAt(), ZoneId.systemDefault()))
          + ": the table said " + AuditWords.of("tableOutcome", o.tableOutcome()) + ", the supervisor decided "
          + AuditWords.of("tableOutcome", o.overriddenTo()) + "; the value is the supervisor's reason";
      row("override", o.supervisorId(), o.supervisorName(), o.specialistId(), specialistName(o.specialistId()), what, words,
          o.reason(), null);
    }
    AuditReport.Crisis k = report.crisis();
    team("crisis", "crisis_checks_raised", "Crisis scope checks raised", k.raised());
    team("crisis", "acknowledged", "Acknowledged by the supervisor", k.acknowledged());
    team("crisis", "acknowledged_in_time", "Acknowledged by the supervisor in time", k.acknowledgedInTime());
    team("crisis", "average_minutes_to_acknowledge", "Minutes to acknowledgment, average", k.averageMinutesToAcknowledge());
    team("crisis", "maximum_minutes_to_acknowledge", "Minutes to acknowledgment, longest", k.maximumMinutesToAcknowledge());
    team("crisis", "escalated_to_program_leads", "Escalated to program leads (not acknowledged in time)",
        k.escalatedToProgramLeads());
    AuditReport.Referrals f = report.referrals();
    team("referrals", "total", "Referrals made", f.total());
    team("referrals", "consent_given", "Consent given", f.consentGiven());
    team("referrals", "consent_refused", "Consent refused", f.consentRefused());
    team("referrals", "consent_pending", "Consent not yet recorded", f.consentPending());
    team("referrals", "handed_off", "Warm handoffs", f.handedOff());
    team("referrals", "average_hours_to_handoff", "Hours from referral to handoff, average", f.averageHoursToHandoff());
    counts("referrals", "outcome_", "Outcome: ", "referralOutcome", f.byOutcome());
    team("referrals", "lost_to_follow_up", "Lost to follow-up", f.lostToFollowUp());
    for (AuditReport.RoleDrift d : report.roleDrift()) {
      drift(d, "scope_checks", "Scope checks raised", d.scopeChecks(), null);
      drift(d, "refer_or_consult", "The table answered refer or ask the supervisor", d.referOrConsult(), null);
      drift(d, "share", "Share answered refer or ask the supervisor", d.share(), null);
      drift(d, "overrides_to_within_scope", "Overrides to within peer scope", d.overridesToWithinScope(), null);
      drift(d, "signal", "Worth talking through in supervision", d.signal(), d.signal() ? "yes" : "no");
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  private void minimum(String prefix, AuditReport.Minimum minimum, String whose) {
    String p = prefix == null ? "" : prefix;
    row("minimum", null, null, null, null, p + "sessions_per_month", "Sessions a month (" + whose + ")",
        minimum.sessionsPerMonth(), null);
    row("minimum", null, null, null, null, p + "minutes_per_month", "Minutes a month (" + whose + ")",
        minimum.minutesPerMonth(), null);
  }

  private void team(String section, String measure, String label, Object value) {
    row(section, report.supervisorId(), teamName, null, null, measure, label, value, null);
  }

  private void supervisor(AuditReport.SupervisorCycles s, String measure, String label, Object value) {
    row("supervisor", s.supervisorId(), s.supervisorName(), null, null, measure, label, value, null);
  }

  private void specialist(AuditReport.SpecialistSupervision s, String measure, String label, Object value, String words) {
    row("specialist", s.supervisorId(), s.supervisorName(), s.specialistId(), s.specialistName(), measure, label, value,
        words);
  }

  private void drift(AuditReport.RoleDrift d, String measure, String label, Object value, String words) {
    row("role_drift", null, null, d.specialistId(), d.specialistName(), measure, label, value, words);
  }

  private void counts(String section, String prefix, String labelPrefix, String vocabulary, Map<String, Long> counts) {
    counts.forEach((key, count) -> team(section, prefix + key, labelPrefix + AuditWords.of(vocabulary, key), count));
  }

  private void row(String section, String supervisor, String supervisorName, String specialist, String specialistName,
      String measure, String measureLabel, Object value, String valueLabel) {
    lines.add(String.join(",", cell(report.from()), cell(report.to()), cell(AuditWords.period(report.from(), report.to())),
        cell(section), cell(SECTIONS.get(section)), cell(supervisor), cell(supervisorName), cell(specialist),
        cell(specialistName), cell(measure), cell(measureLabel), cell(value), cell(valueLabel)));
  }

  /** A specialist's name from the report's own rows, or none. */
  private String specialistName(String id) {
    return report.specialists().stream().filter(s -> s.specialistId().equals(id))
        .map(AuditReport.SpecialistSupervision::specialistName).findFirst()
        .or(() -> report.roleDrift().stream().filter(d -> d.specialistId().equals(id))
            .map(AuditReport.RoleDrift::specialistName).findFirst())
        .orElse(null);
  }

  /** The name of the team's supervisor, from the report's own rows (the report carries names, not a lookup). */
  private static String teamName(AuditReport report) {
    String id = report.supervisorId();
    if (id == null) {
      return null;
    }
    return report.cyclesBySupervisor().stream().filter(s -> id.equals(s.supervisorId()))
        .map(AuditReport.SupervisorCycles::supervisorName).findFirst()
        .or(() -> report.specialists().stream().filter(s -> id.equals(s.supervisorId()))
            .map(AuditReport.SpecialistSupervision::supervisorName).findFirst())
        .orElse(null);
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
