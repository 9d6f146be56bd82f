package org.peersupport.supervision.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a history straight into the domain tables and the engine's history tables, the rows the
 * processes would have left: for figures tested against hand-computed expectations, and for the
 * benchmark's generated year. Free-text columns get placeholder text; peers get pseudonymous codes.
 */
final class AuditHistory {

  private final JdbcTemplate jdbc;
  /** Rows waiting to be written, per statement in the order first used (null: every row is written at once). */
  private final Map<String, List<Object[]>> batches;
  private String lastScopeCheck;

  AuditHistory(JdbcTemplate jdbc) {
    this(jdbc, false);
  }

  /** {@code batched}: rows are written by {@link #flush()} in JDBC batches (the benchmark's years of history). */
  AuditHistory(JdbcTemplate jdbc, boolean batched) {
    this.jdbc = jdbc;
    this.batches = batched ? new LinkedHashMap<>() : null;
  }

  private void update(String sql, Object... args) {
    if (batches == null) {
      jdbc.update(sql, args);
    } else {
      batches.computeIfAbsent(sql, s -> new ArrayList<>()).add(args);
    }
  }

  /** Writes the rows held back so far (batched mode), statement by statement in the order first used. */
  void flush() {
    if (batches != null) {
      batches.forEach((sql, rows) -> jdbc.batchUpdate(sql, rows));
      batches.clear();
    }
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant();
  }

  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  void relationship(String supervisor, String specialist, LocalDate from, LocalDate endedOn) {
    update("insert into supervision_relationship (supervisor_id, specialist_id, active, started_on, ended_on)"
        + " values (?, ?, ?, ?, ?)", supervisor, specialist, endedOn == null, from, endedOn);
  }

  void session(String supervisor, String specialist, LocalDate date, int minutes, boolean attested) {
    update("insert into supervision_session (process_instance_id, specialist_id, supervisor_id, session_date,"
        + " duration_minutes, session_format, status, recorded_at, attested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), specialist, supervisor, date, minutes, "INDIVIDUAL",
        attested ? "ATTESTED" : "DRAFT", ts(at(date + "T12:00")), attested ? ts(at(date + "T13:00")) : null);
  }

  /** A current certification of the specialist at the stage (no renewal process: figures only read the row). */
  void certification(String specialist, String stage, LocalDate issuedOn, LocalDate expiresOn) {
    jdbc.update("insert into certification (specialist_id, issuing_body, credential_name, credential_number, stage,"
        + " issued_on, expires_on, status, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, 'CURRENT', ?, ?)",
        specialist, "State Certification Board", "Peer Specialist", "AUDIT-" + UUID.randomUUID(), stage, issuedOn,
        expiresOn, specialist, ts(at(issuedOn + "T12:00")));
  }

  /** A supervision-cycle instance as the history holds it; answers its id. */
  String cycle(String supervisor, String specialist, Instant start, Instant end) {
    String id = UUID.randomUUID().toString();
    update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,"
        + " DURATION_, STATE_, ROOT_PROC_INST_ID_) values (?, ?, 'supervision-cycle', 'supervision-cycle:0:seeded', ?, ?, ?, ?, ?)",
        id, id, ts(start), ts(end), end == null ? null : end.toEpochMilli() - start.toEpochMilli(),
        end == null ? "ACTIVE" : "COMPLETED", id);
    variable(id, "supervisorId", supervisor, start);
    variable(id, "specialistId", specialist, start);
    return id;
  }

  private void variable(String processInstanceId, String name, String value, Instant at) {
    update("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, ROOT_PROC_INST_ID_, NAME_,"
        + " VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_) values (?, 'supervision-cycle', ?, ?, ?, ?, 'string', ?, 0, ?, 'CREATED')",
        UUID.randomUUID().toString(), processInstanceId, processInstanceId, processInstanceId, name, ts(at), value);
  }

  /** The specialist's reflection task of the cycle; {@code deleted}: removed with the cycle, not completed. */
  void reflection(String cycle, String specialist, Instant due, Instant end, boolean deleted) {
    update("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_,"
        + " EXECUTION_ID_, ROOT_PROC_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DELETE_REASON_, PRIORITY_, DUE_DATE_)"
        + " values (?, 'Task_CompleteReflection', 'supervision-cycle', 'supervision-cycle:0:seeded', ?, ?, ?,"
        + " 'Your pre-supervision reflection', ?, ?, ?, ?, 50, ?)",
        UUID.randomUUID().toString(), cycle, cycle, cycle, specialist, ts(due.minusSeconds(7 * 86400)), ts(end),
        end == null ? null : deleted ? "deleted" : "completed", ts(due));
  }

  /** A scope check; answers its id. */
  long scopeCheck(String supervisor, String specialist, Instant raised, String tableOutcome, String outcome,
      Instant acknowledged, Instant escalated) {
    String pid = UUID.randomUUID().toString();
    update("insert into scope_check (process_instance_id, specialist_id, supervisor_id, peer_code, request_category,"
        + " need_unclear, description, dmn_outcome, dmn_reason, outcome, raised_at, dmn_decided_at, decided_at,"
        + " supervisor_acknowledged_at, crisis_escalated_at, mandatory_report_required)"
        + " values (?, ?, ?, 'P-1042', 'OTHER', false, 'seeded', ?, 'seeded', ?, ?, ?, ?, ?, ?, false)",
        pid, specialist, supervisor, tableOutcome, outcome, ts(raised), ts(raised), outcome == null ? null : ts(raised),
        ts(acknowledged), ts(escalated));
    lastScopeCheck = pid;
    return batches == null ? jdbc.queryForObject("select id from scope_check where process_instance_id = ?", Long.class, pid)
        : -1;
  }

  /** An override of the scope check written last (works batched: finds the check by its process instance). */
  void overrideOfLastScopeCheck(String supervisor, String tableOutcome, String overriddenTo, String reason, Instant at) {
    update("insert into scope_override (scope_check_id, supervisor_id, dmn_outcome, overridden_to, reason, overridden_at)"
        + " select id, ?, ?, ?, ?, ? from scope_check where process_instance_id = ?", supervisor, tableOutcome,
        overriddenTo, reason, ts(at), lastScopeCheck);
  }

  /** A disclosure or boundary reflection (issue 3) with its risk, review outcome and timings. */
  void disclosureReflection(String supervisor, String specialist, String type, String risk, String outcome,
      Instant submitted, Instant reviewDue, Instant reviewed) {
    update("insert into disclosure_reflection (process_instance_id, specialist_id, supervisor_id, situation_type,"
        + " situation_date, peer_code, what_happened, needs_served, peer_response, own_distress, would_do_again,"
        + " risk_level, review_outcome, submitted_at, review_due_at, reviewed_at)"
        + " values (?, ?, ?, ?, ?, 'P-3301', 'seeded', 'PEER', 'seeded', 2, 'YES', ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), specialist, supervisor, type,
        LocalDate.ofInstant(submitted, ZoneId.systemDefault()), risk, outcome, ts(submitted), ts(reviewDue), ts(reviewed));
  }

  void override(long scopeCheck, String supervisor, String tableOutcome, String overriddenTo, String reason, Instant at) {
    update("insert into scope_override (scope_check_id, supervisor_id, dmn_outcome, overridden_to, reason, overridden_at)"
        + " values (?, ?, ?, ?, ?, ?)", scopeCheck, supervisor, tableOutcome, overriddenTo, reason, ts(at));
  }

  void referral(String supervisor, String specialist, Instant referred, String consent, Instant handoff, int attempts,
      int supervisorReviews, String outcome) {
    update("insert into licensed_care_referral (process_instance_id, scope_check_process_instance_id, specialist_id,"
        + " supervisor_id, peer_code, request_category, referred_at, consent_decision, consent_recorded_at, handoff_at,"
        + " follow_up_attempts, supervisor_reviews, outcome, closed_at) values (?, ?, ?, ?, 'P-2077', 'MEDICATION_QUESTION',"
        + " ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), UUID.randomUUID().toString(), specialist, supervisor, ts(referred), consent,
        consent == null ? null : ts(referred.plusSeconds(3600)), ts(handoff), attempts, supervisorReviews, outcome,
        outcome == null ? null : ts(referred.plusSeconds(30 * 86400)));
  }
}
