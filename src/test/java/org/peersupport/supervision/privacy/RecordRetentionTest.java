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
