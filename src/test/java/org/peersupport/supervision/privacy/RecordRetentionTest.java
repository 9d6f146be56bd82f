package org.peersupport.supervision.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records past the retention period are removed; younger ones are untouched. */
@ProcessTest
class RecordRetentionTest {

  @Autowired RecordRetention retention;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;

  private long session(String instance, LocalDate date) {
    jdbc.update("insert into supervision_session (process_instance_id, specialist_id, supervisor_id, session_date, "
        + "duration_minutes, session_format, status, recorded_at, attested_at) values (?, 'alex', 'maria', ?, 60, "
        + "'INDIVIDUAL', 'ATTESTED', ?, ?)", instance, Date.valueOf(date), Timestamp.valueOf(date.atStartOfDay()),
        Timestamp.valueOf(date.atStartOfDay()));
    long id = jdbc.queryForObject("select id from supervision_session where process_instance_id = ?", Long.class, instance);
    jdbc.update("insert into session_topic (session_id, topic) values (?, 'ETHICS')", id);
    return id;
  }

  private void trailEntry(String resource, LocalDate date) {
    jdbc.update("insert into access_trail_entry (occurred_at, user_id, action, http_method, resource, status) "
        + "values (?, 'maria', 'VIEW', 'GET', ?, 200)", Timestamp.valueOf(date.atStartOfDay()), resource);
  }

  /** A finished roster import of that day with one line in its report; answers its id. */
  private long rosterImport(LocalDate date) {
    Timestamp at = Timestamp.valueOf(date.atStartOfDay());
    jdbc.update("insert into roster_import (imported_by, dry_run, status, total_rows, processed_rows, created_rows, "
        + "updated_rows, unchanged_rows, refused_rows, started_at, finished_at, progress_at) values ('robin', false, "
        + "'DONE', 1, 1, 1, 0, 0, 0, ?, ?, ?)", at, at, at);
    long id = jdbc.queryForObject("select max(id) from roster_import", Long.class);
    jdbc.update("insert into roster_import_row (import_id, line_number, user_id, role, outcome, details) "
        + "values (?, 2, 'retention-person', 'SPECIALIST', 'CREATED', 'created')", id);
    return id;
  }

  private void activation(String selector, LocalDate issued, LocalDate expires, LocalDate used) {
    jdbc.update("insert into roster_activation (user_id, selector, verifier_hash, issued_by, issued_at, expires_at, "
        + "used_at) values ('retention-person', ?, ?, 'robin', ?, ?, ?)", selector, "0".repeat(64),
        Timestamp.valueOf(issued.atStartOfDay()), Timestamp.valueOf(expires.atStartOfDay()),
        used == null ? null : Timestamp.valueOf(used.atStartOfDay()));
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  @Test
  void rosterImportsAndExpiredActivationLinksOlderThanThePeriodAreRemovedAndALinkThatStillWorksNever() {
    LocalDate today = LocalDate.now();
    long old = rosterImport(today.minusYears(7));
    long young = rosterImport(today.minusYears(5));
    activation("ret-used-old", today.minusYears(7).minusDays(7), today.minusYears(7), today.minusYears(7).minusDays(1));
    activation("ret-unused-old", today.minusYears(7).minusDays(7), today.minusYears(7), null);
    activation("ret-used-young", today.minusYears(5).minusDays(7), today.minusYears(5), today.minusYears(5).minusDays(6));
    activation("ret-unused-young", today.minusYears(5).minusDays(7), today.minusYears(5), null);
    // issued long ago with a long validity, never used and still valid: it still works, so it stays
    activation("ret-unused-valid", today.minusYears(7), today.plusDays(1), null);

    Map<String, Integer> removed = retention.removeExpired();

    assertThat(removed.get("roster_import")).isGreaterThanOrEqualTo(1);
    assertThat(count("select count(*) from roster_import where id = ?", old)).isZero();
    assertThat(count("select count(*) from roster_import_row where import_id = ?", old)).isZero();
    assertThat(count("select count(*) from roster_import where id = ?", young)).isOne();
    assertThat(count("select count(*) from roster_import_row where import_id = ?", young)).isOne();
    assertThat(removed.get("roster_activation")).isGreaterThanOrEqualTo(2);
    assertThat(count("select count(*) from roster_activation where selector in ('ret-used-old', 'ret-unused-old')"))
        .isZero();
    assertThat(count("select count(*) from roster_activation where selector in ('ret-used-young', 'ret-unused-young', "
        + "'ret-unused-valid')")).isEqualTo(3);
  }

  @Test
  void recordsOlderThanSixYearsAreRemovedAndYoungerOnesKept() {
    LocalDate sevenYearsAgo = LocalDate.now().minusYears(7);
    LocalDate fiveYearsAgo = LocalDate.now().minusYears(5);
    long old = session("retention-old", sevenYearsAgo);
    long young = session("retention-young", fiveYearsAgo);
    trailEntry("/api/retention-old", sevenYearsAgo);
    trailEntry("/api/retention-young", fiveYearsAgo);

    Map<String, Integer> removed = retention.removeExpired();

    assertThat(removed.get("supervision_session")).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from supervision_session where id = ?", Long.class, old)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from session_topic where session_id = ?", Long.class, old)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from supervision_session where id = ?", Long.class, young)).isOne();
    assertThat(jdbc.queryForObject("select count(*) from session_topic where session_id = ?", Long.class, young)).isOne();
    assertThat(jdbc.queryForObject("select count(*) from access_trail_entry where resource = '/api/retention-old'", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from access_trail_entry where resource = '/api/retention-young'", Long.class)).isOne();
  }

  @Test
  void everyProcessAndDecisionKeepsItsHistoryForTheRetentionPeriod() {
    int sixYears = retention.historyDays("supervision-cycle");
    assertThat(sixYears).isBetween(2191, 2192);
    assertThat(repositoryService.createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(sixYears));
    assertThat(repositoryService.createDecisionDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(sixYears));
  }
}
