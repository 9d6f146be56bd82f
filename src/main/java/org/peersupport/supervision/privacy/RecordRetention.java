package org.peersupport.supervision.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records are kept for the retention period (default six years, HIPAA's period for required
 * documentation; a program may configure longer, per process too) and then removed:
 * <ul>
 *   <li>the engine's history, through each definition's history time-to-live and the engine's history
 *       cleanup, which runs in the configured nightly window;
 *   <li>the product's own records, by a nightly job (every node may run it: removal is idempotent),
 *       counted from each record's own date. Removal is the only way an attested session record or an
 *       access-trail entry ever disappears.
 * </ul>
 */
@Component
public class RecordRetention {

  private static final Logger LOG = LoggerFactory.getLogger(RecordRetention.class);

  /** A table of the product's records, the column its age counts from, and tables that hang off it. */
  record Kept(String table, String dateColumn, List<String> childTables, String childKey) {
    Kept(String table, String dateColumn) {
      this(table, dateColumn, List.of(), null);
    }
  }

  static final List<Kept> KEPT = List.of(
      new Kept("supervision_session", "session_date",
          List.of("session_topic", "session_competency", "session_action_item"), "session_id"),
      new Kept("competency_self_assessment", "assessed_on"),
      new Kept("wellness_check_in", "created_at"),
      new Kept("disclosure_reflection", "submitted_at"),
      new Kept("scope_check", "raised_at",
          List.of("scope_check_risk_indicator", "scope_check_crisis_action", "scope_override"), "scope_check_id"),
      new Kept("licensed_care_referral", "referred_at"),
      new Kept("supervision_relationship", "ended_on"),
      new Kept("certification", "expires_on"),
      new Kept("education_record", "completed_on"),
      new Kept("supervisor_training", "completed_on"),
      new Kept("work_hour_entry", "worked_on"),
      new Kept("development_objective", "created_at", List.of("objective_review"), "objective_id"),
      // an import and its report, from when it started (an import runs minutes, whatever its status)
      new Kept("roster_import", "started_at", List.of("roster_import_row"), "import_id"),
      // activation links, from when they expired: a link is used before it expires, so this removes used
      // and never-used links alike, and never one that still works (the cutoff lies in the past)
      new Kept("roster_activation", "expires_at"),
      new Kept("access_trail_entry", "occurred_at"));

  private final JdbcTemplate jdbc;
  private final RepositoryService repositoryService;
  private final RetentionSettings settings;

  public RecordRetention(JdbcTemplate jdbc, RepositoryService repositoryService, RetentionSettings settings) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
    this.settings = settings;
  }

  /** Days of history a process (or decision) keeps: its own setting, or the program's period. */
  int historyDays(String key) {
    LocalDate today = LocalDate.now();
    return (int) ChronoUnit.DAYS.between(today, today.plus(settings.processPeriods().getOrDefault(key, settings.period())));
  }

  /** Applies the configured history time-to-live to every deployed process and decision. */
  @EventListener(ApplicationReadyEvent.class)
  public void applyHistoryTimeToLive() {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      int days = historyDays(definition.getKey());
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repositoryService.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
      }
    }
    for (DecisionDefinition definition : repositoryService.createDecisionDefinitionQuery().list()) {
      int days = historyDays(definition.getKey());
      if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
        repositoryService.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
      }
    }
  }

  /** Removes the product's records older than the retention period; answers how many per table. */
  @Scheduled(cron = "${peer-supervision.retention.cron}")
  @Transactional
  public Map<String, Integer> removeExpired() {
    LocalDate cutoff = LocalDate.now().minus(settings.period());
    Instant cutoffInstant = cutoff.atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<String, Integer> removed = new LinkedHashMap<>();
    for (Kept kept : KEPT) {
      Object bound = kept.dateColumn().endsWith("_at") ? java.sql.Timestamp.from(cutoffInstant) : java.sql.Date.valueOf(cutoff);
      String expired = "select id from " + kept.table() + " where " + kept.dateColumn() + " < ?";
      for (String child : kept.childTables()) {
        jdbc.update("delete from " + child + " where " + kept.childKey() + " in (" + expired + ")", bound);
      }
      removed.put(kept.table(), jdbc.update("delete from " + kept.table() + " where " + kept.dateColumn() + " < ?", bound));
    }
    LOG.info("retention: removed records older than {}: {}", cutoff, removed);
    return removed;
  }
}
