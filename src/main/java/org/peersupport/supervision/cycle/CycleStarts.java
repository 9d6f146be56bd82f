package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.peersupport.supervision.security.Privileged;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each specialist's last supervision cycle started, from the engine's history: one aggregate query
 * for everyone (table names from the engine, so a configured prefix is respected). Every cycle counts,
 * whether started by the supervisor or by the schedule, open, completed or cancelled.
 */
@Component
class CycleStarts {

  private final NamedParameterJdbcTemplate jdbc;
  private final ManagementService managementService;
  private final IdentityService identityService;

  CycleStarts(NamedParameterJdbcTemplate jdbc, @Lazy ManagementService managementService,
      @Lazy IdentityService identityService) {
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  /** Specialist id to the day (system time zone) their last cycle started; specialists without one are absent. */
  Map<String, LocalDate> lastStartOfEachSpecialist() {
    String procinst = Privileged.call(identityService, () -> managementService.getTableName(HistoricProcessInstance.class));
    String varinst = Privileged.call(identityService, () -> managementService.getTableName(HistoricVariableInstance.class));
    Map<String, LocalDate> lastStart = new HashMap<>();
    jdbc.query("select v.TEXT_ as specialist, max(p.START_TIME_) as last_start"
        + " from " + procinst + " p join " + varinst + " v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :variable"
        + " where p.PROC_DEF_KEY_ = :key group by v.TEXT_",
        new MapSqlParameterSource().addValue("key", "supervision-cycle").addValue("variable", CycleVariables.SPECIALIST_ID),
        row -> {
          java.sql.Timestamp start = row.getTimestamp("last_start");
          if (row.getString("specialist") != null && start != null) {
            lastStart.put(row.getString("specialist"), start.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
          }
        });
    return lastStart;
  }
}
