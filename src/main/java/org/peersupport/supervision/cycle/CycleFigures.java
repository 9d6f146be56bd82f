package org.peersupport.supervision.cycle;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.peersupport.supervision.security.Privileged;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The supervision cycle's figures for the audit, counted with aggregate queries: cycles completed on time
 * or late and open past due (engine history, SQL; table names from the engine, so a configured prefix is
 * respected), pre-supervision reflections by their deadline (engine history), and signed sessions and
 * minutes per specialist and month against the roster (JPQL). Counts only: no session notes, no
 * reflection answers, nothing from the wellness check-ins.
 */
@Component
public class CycleFigures {

  static final String CYCLE = "supervision-cycle";
  static final String REFLECTION_TASK = "Task_CompleteReflection";

  /** One supervisor's cycles: completed in the period, of which on time, and open past due at its end. */
  public record SupervisorCycles(long completed, long onTime, long openPastDue) {}

  /** One specialist's pre-supervision reflections due in the period, with their supervisor. */
  public record ReflectionDeadlines(String supervisorId, String specialistId, long pending, long onTime, long late,
      long openOverdue) {}

  /** Signed (attested) sessions and their minutes. */
  public record Signed(long sessions, long minutes) {}

  /**
   * One specialist in the period: the supervisor of their latest relationship (null when they have
   * signed sessions but no relationship in the period), the months a relationship covered, and their
   * signed supervision by month.
   */
  public record SpecialistMonths(String specialistId, String supervisorId, Set<YearMonth> supervisedMonths,
      Map<YearMonth, Signed> signed) {}

  /** Everyone's months, by specialist id, and the signed supervision of each month. */
  public record Supervision(List<SpecialistMonths> specialists, Map<YearMonth, Signed> byMonth) {}

  private final EntityManager entityManager;
  private final NamedParameterJdbcTemplate jdbc;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final Map<Class<?>, String> tables = new java.util.concurrent.ConcurrentHashMap<>();

  CycleFigures(EntityManager entityManager, NamedParameterJdbcTemplate jdbc, ManagementService managementService,
      IdentityService identityService) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  /**
   * Per supervisor: cycles completed from {@code start} to {@code end} (exclusive), of which on time
   * (within one {@code cadence} of their start), and open past due at {@code end} (or {@code now} when
   * earlier): started more than one cadence before then and not completed by then.
   */
  public Map<String, SupervisorCycles> cycles(Instant start, Instant end, String supervisorId, Instant now,
      Duration cadence) {
    long cadenceMillis = cadence.toMillis();
    Instant until = end.isAfter(now) ? now : end;
    String procinst = table(HistoricProcessInstance.class);
    String varinst = table(HistoricVariableInstance.class);
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("key", CYCLE)
        .addValue("from", Timestamp.from(start))
        .addValue("to", Timestamp.from(end))
        .addValue("end", Timestamp.from(until))
        .addValue("dueBefore", Timestamp.from(until.minusMillis(cadenceMillis)))
        .addValue("cadence", cadenceMillis)
        .addValue("supervisor", supervisorId);
    String team = supervisorId == null ? "" : " and v.TEXT_ = :supervisor";
    Map<String, long[]> counts = new HashMap<>();
    jdbc.query("select v.TEXT_ as supervisor, count(*) as completed,"
        + " sum(case when p.DURATION_ <= :cadence then 1 else 0 end) as on_time"
        + " from " + procinst + " p join " + varinst + " v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = 'supervisorId'"
        + " where p.PROC_DEF_KEY_ = :key and p.STATE_ = 'COMPLETED' and p.END_TIME_ >= :from and p.END_TIME_ < :to"
        + team + " group by v.TEXT_", params, row -> {
          counts.computeIfAbsent(row.getString("supervisor"), k -> new long[3])[0] = row.getLong("completed");
          counts.get(row.getString("supervisor"))[1] = row.getLong("on_time");
        });
    jdbc.query("select v.TEXT_ as supervisor, count(*) as open_past_due"
        + " from " + procinst + " p join " + varinst + " v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = 'supervisorId'"
        + " where p.PROC_DEF_KEY_ = :key and p.START_TIME_ < :dueBefore and (p.END_TIME_ is null or p.END_TIME_ > :end)"
        + team + " group by v.TEXT_", params,
        row -> {
          counts.computeIfAbsent(row.getString("supervisor"), k -> new long[3])[2] = row.getLong("open_past_due");
        });
    Map<String, SupervisorCycles> result = new HashMap<>();
    counts.forEach((supervisor, c) -> result.put(supervisor, new SupervisorCycles(c[0], c[1], c[2])));
    return result;
  }

  /**
   * Per supervisor and specialist: reflections due from {@code start} to {@code end} (exclusive) that
   * are not yet due, done on time, done late, or open past the due date at {@code now}.
   */
  public List<ReflectionDeadlines> reflectionDeadlines(Instant start, Instant end, String supervisorId, Instant now) {
    String taskinst = table(HistoricTaskInstance.class);
    String varinst = table(HistoricVariableInstance.class);
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("key", CYCLE)
        .addValue("task", REFLECTION_TASK)
        .addValue("from", Timestamp.from(start))
        .addValue("to", Timestamp.from(end))
        .addValue("now", Timestamp.from(now))
        .addValue("supervisor", supervisorId);
    String team = supervisorId == null ? "" : " and v.TEXT_ = :supervisor";
    List<ReflectionDeadlines> result = new ArrayList<>();
    jdbc.query("select v.TEXT_ as supervisor, t.ASSIGNEE_ as specialist,"
        + " sum(case when t.END_TIME_ is null and t.DUE_DATE_ >= :now then 1 else 0 end) as pending,"
        + " sum(case when t.END_TIME_ is not null and t.END_TIME_ <= t.DUE_DATE_ then 1 else 0 end) as on_time,"
        + " sum(case when t.END_TIME_ is not null and t.END_TIME_ > t.DUE_DATE_ then 1 else 0 end) as late,"
        + " sum(case when t.END_TIME_ is null and t.DUE_DATE_ < :now then 1 else 0 end) as open_overdue"
        + " from " + taskinst + " t join " + varinst + " v on v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'supervisorId'"
        + " where t.PROC_DEF_KEY_ = :key and t.TASK_DEF_KEY_ = :task and t.DUE_DATE_ >= :from and t.DUE_DATE_ < :to"
        + " and (t.END_TIME_ is null or t.DELETE_REASON_ = 'completed')"
        + team + " group by v.TEXT_, t.ASSIGNEE_", params, row -> {
          result.add(new ReflectionDeadlines(row.getString("supervisor"), row.getString("specialist"),
              row.getLong("pending"), row.getLong("on_time"), row.getLong("late"), row.getLong("open_overdue")));
        });
    return result;
  }

  /**
   * Signed supervision from {@code from} to {@code to} (both inclusive), for everyone or one supervisor's
   * team: each specialist with a relationship overlapping the period or a signed session in it.
   */
  public Supervision supervision(LocalDate from, LocalDate to, String supervisorId) {
    // the roster: every relationship that overlaps the period (a few hundred rows, not the history)
    TypedQuery<Object[]> roster = entityManager.createQuery("""
        select r.specialistId, r.supervisorId, r.startedOn, r.endedOn from SupervisionRelationship r
        where r.startedOn <= :to and (r.endedOn is null or r.endedOn >= :from)
        """ + (supervisorId == null ? "" : " and r.supervisorId = :supervisor") + " order by r.startedOn", Object[].class)
        .setParameter("from", from).setParameter("to", to);
    if (supervisorId != null) {
      roster.setParameter("supervisor", supervisorId);
    }
    // per specialist: the supervisor (latest relationship) and the months they were supervised in the period
    Map<String, String> supervisorOf = new TreeMap<>();
    Map<String, Set<YearMonth>> monthsOf = new HashMap<>();
    for (Object[] r : roster.getResultList()) {
      String specialist = (String) r[0];
      supervisorOf.put(specialist, (String) r[1]);
      LocalDate first = ((LocalDate) r[2]).isAfter(from) ? (LocalDate) r[2] : from;
      LocalDate last = r[3] == null || ((LocalDate) r[3]).isAfter(to) ? to : (LocalDate) r[3];
      for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
        monthsOf.computeIfAbsent(specialist, k -> new HashSet<>()).add(m);
      }
    }
    TypedQuery<Object[]> totals = entityManager.createQuery("""
        select s.specialistId, extract(year from s.sessionDate), extract(month from s.sessionDate),
               count(s), sum(s.durationMinutes)
        from SupervisionSession s
        where s.status = org.peersupport.supervision.cycle.SupervisionSession.Status.ATTESTED
          and s.sessionDate between :from and :to
        """ + (supervisorId == null ? "" : " and s.supervisorId = :supervisor")
        + " group by s.specialistId, extract(year from s.sessionDate), extract(month from s.sessionDate)", Object[].class)
        .setParameter("from", from).setParameter("to", to);
    if (supervisorId != null) {
      totals.setParameter("supervisor", supervisorId);
    }
    Map<String, Map<YearMonth, Signed>> bySpecialist = new HashMap<>();
    Map<YearMonth, long[]> byMonth = new TreeMap<>();
    for (Object[] row : totals.getResultList()) {
      String specialist = (String) row[0];
      YearMonth month = YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue());
      long sessions = ((Number) row[3]).longValue();
      long minutes = ((Number) row[4]).longValue();
      bySpecialist.computeIfAbsent(specialist, k -> new HashMap<>()).put(month, new Signed(sessions, minutes));
      long[] m = byMonth.computeIfAbsent(month, k -> new long[2]);
      m[0] += sessions;
      m[1] += minutes;
      supervisorOf.putIfAbsent(specialist, null);
    }
    List<SpecialistMonths> specialists = new ArrayList<>();
    supervisorOf.forEach((specialist, supervisor) -> specialists.add(new SpecialistMonths(specialist, supervisor,
        monthsOf.getOrDefault(specialist, Set.of()), bySpecialist.getOrDefault(specialist, Map.of()))));
    Map<YearMonth, Signed> signedByMonth = new TreeMap<>();
    byMonth.forEach((month, t) -> signedByMonth.put(month, new Signed(t[0], t[1])));
    return new Supervision(specialists, signedByMonth);
  }

  /** The engine's table for the history entity (with any configured prefix); asking needs admin rights. */
  private String table(Class<?> entity) {
    return tables.computeIfAbsent(entity,
        type -> Privileged.call(identityService, () -> managementService.getTableName(type)));
  }
}
