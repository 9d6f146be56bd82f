package org.peersupport.supervision.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.peersupport.supervision.audit.AuditReport.Crisis;
import org.peersupport.supervision.audit.AuditReport.Cycles;
import org.peersupport.supervision.audit.AuditReport.Minimum;
import org.peersupport.supervision.audit.AuditReport.MonthCompliance;
import org.peersupport.supervision.audit.AuditReport.Override;
import org.peersupport.supervision.audit.AuditReport.ReflectionDeadlines;
import org.peersupport.supervision.audit.AuditReport.Referrals;
import org.peersupport.supervision.audit.AuditReport.RoleDrift;
import org.peersupport.supervision.audit.AuditReport.ScopeChecks;
import org.peersupport.supervision.audit.AuditReport.SpecialistSupervision;
import org.peersupport.supervision.audit.AuditReport.SupervisorCycles;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.certification.SupervisionRequirements;
import org.peersupport.supervision.cycle.CycleSettings;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.referral.ReferralSettings;
import org.peersupport.supervision.scope.ScopeSettings;
import org.peersupport.supervision.security.Privileged;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the audit figures of a period with aggregate queries (group by) over the domain tables
 * (JPQL) and the engine's history tables (SQL; table names from the engine, so a configured prefix is
 * respected). Never reads free text other than override reasons, never reads wellness check-ins.
 * Every figure can be limited to one supervisor's team.
 */
@Service
public class AuditFigures {

  static final String CYCLE = "supervision-cycle";
  static final String REFLECTION_TASK = "Task_CompleteReflection";

  private final EntityManager entityManager;
  private final NamedParameterJdbcTemplate jdbc;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final AuditSettings settings;
  private final CycleSettings cycle;
  private final ScopeSettings scope;
  private final ReferralSettings referral;
  private final ReflectionFigures reflectionFigures;
  private final SupervisionRequirements requirements;
  private final Map<Class<?>, String> tables = new java.util.concurrent.ConcurrentHashMap<>();

  public AuditFigures(EntityManager entityManager, NamedParameterJdbcTemplate jdbc, ManagementService managementService,
      IdentityService identityService, AuditSettings settings, CycleSettings cycle, ScopeSettings scope,
      ReferralSettings referral, ReflectionFigures reflectionFigures, SupervisionRequirements requirements) {
    this.entityManager = entityManager;
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.identityService = identityService;
    this.settings = settings;
    this.cycle = cycle;
    this.scope = scope;
    this.referral = referral;
    this.reflectionFigures = reflectionFigures;
    this.requirements = requirements;
  }

  /** The report of the period, for the program ({@code supervisorId} null) or one supervisor's team. */
  @Transactional(readOnly = true)
  public AuditReport report(AuditPeriod period, String supervisorId) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, String> names = names();
    Map<String, long[]> cyclesBySupervisor = cycles(period, supervisorId, now);
    Map<String, long[]> reflectionsBySupervisorAndSpecialist = reflectionDeadlines(period, supervisorId, now);

    long[] cycleTotals = new long[3];
    cyclesBySupervisor.values().forEach(c -> {
      cycleTotals[0] += c[0];
      cycleTotals[1] += c[1];
      cycleTotals[2] += c[2];
    });
    long[] reflectionTotals = new long[4];
    Map<String, Long> overdueBySupervisor = new HashMap<>();
    Map<String, Long> overdueBySpecialist = new HashMap<>();
    reflectionsBySupervisorAndSpecialist.forEach((key, r) -> {
      for (int i = 0; i < 4; i++) {
        reflectionTotals[i] += r[i];
      }
      String[] ids = key.split("\n", 2);
      overdueBySupervisor.merge(ids[0], r[2] + r[3], Long::sum);
      overdueBySpecialist.merge(ids[1], r[2] + r[3], Long::sum);
    });

    List<SupervisorCycles> bySupervisor = new ArrayList<>();
    new TreeMap<>(cyclesBySupervisor).forEach((id, c) -> bySupervisor.add(new SupervisorCycles(id, names.getOrDefault(id, id),
        c[0], c[1], c[0] - c[1], percent(c[1], c[0]), c[2], overdueBySupervisor.getOrDefault(id, 0L))));
    overdueBySupervisor.forEach((id, overdue) -> {
      if (!cyclesBySupervisor.containsKey(id)) {
        bySupervisor.add(new SupervisorCycles(id, names.getOrDefault(id, id), 0, 0, 0, null, 0, overdue));
      }
    });
    bySupervisor.sort(Comparator.comparing(SupervisorCycles::supervisorId));

    Minimum minimum = minimum(requirements.programDefault());
    Map<CertificationStage, Minimum> stageMinimums = new java.util.EnumMap<>(CertificationStage.class);
    for (CertificationStage stage : CertificationStage.values()) {
      stageMinimums.put(stage, minimum(requirements.forStage(stage)));
    }
    List<SpecialistSupervision> specialists = new ArrayList<>();
    List<MonthCompliance> months = supervision(period, supervisorId, names, overdueBySpecialist, specialists);

    ScopeChecks scopeChecks = scopeChecks(period, supervisorId);
    return new AuditReport(period.from(), period.to(), period.label(), supervisorId, now, minimum, stageMinimums,
        new Cycles(cycleTotals[0], cycleTotals[1], cycleTotals[0] - cycleTotals[1], percent(cycleTotals[1], cycleTotals[0]),
            cycleTotals[2]),
        bySupervisor,
        new ReflectionDeadlines(reflectionTotals[0] + reflectionTotals[1] + reflectionTotals[2] + reflectionTotals[3], reflectionTotals[1], reflectionTotals[2], reflectionTotals[3], reflectionTotals[2] + reflectionTotals[3]),
        months, specialists,
        reflectionFigures.figures(period, supervisorId, now),
        scopeChecks, overrides(period, supervisorId, names), crisis(period, supervisorId), referrals(period, supervisorId),
        roleDrift(period, supervisorId, names));
  }

  // --- engine history: supervision cycles and reflection deadlines --------------------------------

  /** Per supervisor: completed, of which on time, and open past due at the period's end. */
  private Map<String, long[]> cycles(AuditPeriod period, String supervisorId, Instant now) {
    long cadenceMillis = millis(cycle.cadence());
    Instant end = period.end().isAfter(now) ? now : period.end();
    String procinst = table(HistoricProcessInstance.class);
    String varinst = table(HistoricVariableInstance.class);
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("key", CYCLE)
        .addValue("from", Timestamp.from(period.start()))
        .addValue("to", Timestamp.from(period.end()))
        .addValue("end", Timestamp.from(end))
        .addValue("dueBefore", Timestamp.from(end.minusMillis(cadenceMillis)))
        .addValue("cadence", cadenceMillis)
        .addValue("supervisor", supervisorId);
    String team = supervisorId == null ? "" : " and v.TEXT_ = :supervisor";
    Map<String, long[]> result = new HashMap<>();
    jdbc.query("select v.TEXT_ as supervisor, count(*) as completed,"
        + " sum(case when p.DURATION_ <= :cadence then 1 else 0 end) as on_time"
        + " from " + procinst + " p join " + varinst + " v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = 'supervisorId'"
        + " where p.PROC_DEF_KEY_ = :key and p.STATE_ = 'COMPLETED' and p.END_TIME_ >= :from and p.END_TIME_ < :to"
        + team + " group by v.TEXT_", params, row -> {
          result.computeIfAbsent(row.getString("supervisor"), k -> new long[3])[0] = row.getLong("completed");
          result.get(row.getString("supervisor"))[1] = row.getLong("on_time");
        });
    jdbc.query("select v.TEXT_ as supervisor, count(*) as open_past_due"
        + " from " + procinst + " p join " + varinst + " v on v.PROC_INST_ID_ = p.ID_ and v.NAME_ = 'supervisorId'"
        + " where p.PROC_DEF_KEY_ = :key and p.START_TIME_ < :dueBefore and (p.END_TIME_ is null or p.END_TIME_ > :end)"
        + team + " group by v.TEXT_", params,
        row -> {
          result.computeIfAbsent(row.getString("supervisor"), k -> new long[3])[2] = row.getLong("open_past_due");
        });
    return result;
  }

  /**
   * Per supervisor and specialist ("supervisor\nspecialist"): reflections due in the period that are
   * [0] not yet due, [1] done on time, [2] done late, [3] open past the due date now.
   */
  private Map<String, long[]> reflectionDeadlines(AuditPeriod period, String supervisorId, Instant now) {
    String taskinst = table(HistoricTaskInstance.class);
    String varinst = table(HistoricVariableInstance.class);
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("key", CYCLE)
        .addValue("task", REFLECTION_TASK)
        .addValue("from", Timestamp.from(period.start()))
        .addValue("to", Timestamp.from(period.end()))
        .addValue("now", Timestamp.from(now))
        .addValue("supervisor", supervisorId);
    String team = supervisorId == null ? "" : " and v.TEXT_ = :supervisor";
    Map<String, long[]> result = new HashMap<>();
    jdbc.query("select v.TEXT_ as supervisor, t.ASSIGNEE_ as specialist,"
        + " sum(case when t.END_TIME_ is null and t.DUE_DATE_ >= :now then 1 else 0 end) as pending,"
        + " sum(case when t.END_TIME_ is not null and t.END_TIME_ <= t.DUE_DATE_ then 1 else 0 end) as on_time,"
        + " sum(case when t.END_TIME_ is not null and t.END_TIME_ > t.DUE_DATE_ then 1 else 0 end) as late,"
        + " sum(case when t.END_TIME_ is null and t.DUE_DATE_ < :now then 1 else 0 end) as open_overdue"
        + " from " + taskinst + " t join " + varinst + " v on v.PROC_INST_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'supervisorId'"
        + " where t.PROC_DEF_KEY_ = :key and t.TASK_DEF_KEY_ = :task and t.DUE_DATE_ >= :from and t.DUE_DATE_ < :to"
        + " and (t.END_TIME_ is null or t.DELETE_REASON_ = 'completed')"
        + team + " group by v.TEXT_, t.ASSIGNEE_", params, row -> {
          result.put(row.getString("supervisor") + "\n" + row.getString("specialist"), new long[] {
              row.getLong("pending"), row.getLong("on_time"), row.getLong("late"), row.getLong("open_overdue")});
        });
    return result;
  }

  // --- domain data: sessions, scope checks, referrals --------------------------------------------

  private List<MonthCompliance> supervision(AuditPeriod period, String supervisorId, Map<String, String> names, Map<String, Long> overdueBySpecialist, List<SpecialistSupervision> out) {
    // the roster: every relationship that overlaps the period (a few hundred rows, not the history)
    TypedQuery<Object[]> roster = entityManager.createQuery("""
        select r.specialistId, r.supervisorId, r.startedOn, r.endedOn from SupervisionRelationship r
        where r.startedOn <= :to and (r.endedOn is null or r.endedOn >= :from)
        """ + (supervisorId == null ? "" : " and r.supervisorId = :supervisor") + " order by r.startedOn", Object[].class)
        .setParameter("from", period.from()).setParameter("to", period.to());
    if (supervisorId != null) {
      roster.setParameter("supervisor", supervisorId);
    }
    // per specialist: the supervisor (latest relationship) and the months they were supervised in the period
    Map<String, String> supervisorOf = new TreeMap<>();
    Map<String, java.util.Set<YearMonth>> monthsOf = new HashMap<>();
    for (Object[] r : roster.getResultList()) {
      String specialist = (String) r[0];
      supervisorOf.put(specialist, (String) r[1]);
      LocalDate first = ((LocalDate) r[2]).isAfter(period.from()) ? (LocalDate) r[2] : period.from();
      LocalDate last = r[3] == null || ((LocalDate) r[3]).isAfter(period.to()) ? period.to() : (LocalDate) r[3];
      for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
        monthsOf.computeIfAbsent(specialist, k -> new java.util.HashSet<>()).add(m);
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
        .setParameter("from", period.from()).setParameter("to", period.to());
    if (supervisorId != null) {
      totals.setParameter("supervisor", supervisorId);
    }
    Map<String, Map<YearMonth, long[]>> bySpecialist = new HashMap<>();
    Map<YearMonth, long[]> byMonth = new TreeMap<>();
    for (Object[] row : totals.getResultList()) {
      String specialist = (String) row[0];
      YearMonth month = YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue());
      long sessions = ((Number) row[3]).longValue();
      long minutes = ((Number) row[4]).longValue();
      bySpecialist.computeIfAbsent(specialist, k -> new HashMap<>()).put(month, new long[] {sessions, minutes});
      long[] m = byMonth.computeIfAbsent(month, k -> new long[2]);
      m[0] += sessions;
      m[1] += minutes;
      supervisorOf.putIfAbsent(specialist, null);
    }
    Map<YearMonth, long[]> compliance = new TreeMap<>();
    for (YearMonth month : period.months()) {
      compliance.put(month, new long[2]);
    }
    // each specialist's minimum is their current stage's: everyone's stage in one query
    Map<String, SupervisionRequirements.Requirement> requirementOf = requirements.forSpecialists(supervisorOf.keySet());
    for (Map.Entry<String, String> entry : supervisorOf.entrySet()) {
      String specialist = entry.getKey();
      SupervisionRequirements.Requirement requirement = requirementOf.get(specialist);
      Minimum minimum = minimum(requirement);
      Map<YearMonth, long[]> done = bySpecialist.getOrDefault(specialist, Map.of());
      java.util.Set<YearMonth> expected = new java.util.TreeSet<>(monthsOf.getOrDefault(specialist, java.util.Set.of()));
      expected.addAll(done.keySet());
      long sessions = 0;
      long minutes = 0;
      int met = 0;
      for (YearMonth month : expected) {
        long[] total = done.getOrDefault(month, new long[2]);
        sessions += total[0];
        minutes += total[1];
        boolean meets = total[0] >= minimum.sessionsPerMonth() && total[1] >= minimum.minutesPerMonth();
        if (meets) {
          met++;
        }
        long[] c = compliance.get(month);
        c[0]++;
        if (meets) {
          c[1]++;
        }
      }
      String supervisor = entry.getValue();
      out.add(new SpecialistSupervision(specialist, names.getOrDefault(specialist, specialist), supervisor,
          supervisor == null ? null : names.getOrDefault(supervisor, supervisor), sessions, minutes, met, expected.size(),
          overdueBySpecialist.getOrDefault(specialist, 0L), requirement.stage(), minimum));
    }
    List<MonthCompliance> months = new ArrayList<>();
    compliance.forEach((month, c) -> {
      long[] t = byMonth.getOrDefault(month, new long[2]);
      months.add(new MonthCompliance(month, c[0], c[1], percent(c[1], c[0]), t[0], t[1]));
    });
    return months;
  }

  private ScopeChecks scopeChecks(AuditPeriod period, String supervisorId) {
    Map<String, Long> byTable = new LinkedHashMap<>();
    Map<String, Long> byFinal = new LinkedHashMap<>();
    long total = 0;
    for (Object[] row : query("""
        select c.dmnOutcome, c.outcome, count(c) from ScopeCheck c
        where c.raisedAt >= :from and c.raisedAt < :to %s group by c.dmnOutcome, c.outcome
        """, "c", period, supervisorId)) {
      long count = ((Number) row[2]).longValue();
      total += count;
      byTable.merge(String.valueOf(row[0]), count, Long::sum);
      byFinal.merge(row[1] == null ? "OPEN" : row[1].toString(), count, Long::sum);
    }
    Object[] overrides = single("""
        select count(o) from ScopeOverride o, ScopeCheck c
        where c.id = o.scopeCheckId and o.overriddenAt >= :from and o.overriddenAt < :to %s
        """, "c", period, supervisorId);
    return new ScopeChecks(total, sorted(byTable), sorted(byFinal), ((Number) overrides[0]).longValue());
  }

  private List<Override> overrides(AuditPeriod period, String supervisorId, Map<String, String> names) {
    List<Override> overrides = new ArrayList<>();
    for (Object[] row : query("""
        select c.id, o.supervisorId, c.specialistId, o.dmnOutcome, o.overriddenTo, o.reason, o.overriddenAt
        from ScopeOverride o, ScopeCheck c
        where c.id = o.scopeCheckId and o.overriddenAt >= :from and o.overriddenAt < :to %s order by o.overriddenAt
        """, "c", period, supervisorId)) {
      String supervisor = (String) row[1];
      overrides.add(new Override(((Number) row[0]).longValue(), supervisor, names.getOrDefault(supervisor, supervisor),
          (String) row[2], row[3].toString(), row[4].toString(), (String) row[5], (Instant) row[6]));
    }
    return overrides;
  }

  private Crisis crisis(AuditPeriod period, String supervisorId) {
    Object[] row = single("""
        select count(c), count(c.supervisorAcknowledgedAt),
               sum(case when (c.supervisorAcknowledgedAt - c.raisedAt) by second <= :within then 1 else 0 end),
               avg((c.supervisorAcknowledgedAt - c.raisedAt) by second),
               max((c.supervisorAcknowledgedAt - c.raisedAt) by second),
               count(c.crisisEscalatedAt)
        from ScopeCheck c
        where c.dmnOutcome = org.peersupport.supervision.scope.ScopeOutcome.CRISIS
          and c.raisedAt >= :from and c.raisedAt < :to %s
        """, "c", period, supervisorId,
        Map.of("within", scope.crisisAcknowledgmentWithin().toSeconds()));
    return new Crisis(count(row[0]), count(row[1]), count(row[2]), minutes(row[3]), minutes(row[4]), count(row[5]));
  }

  private Referrals referrals(AuditPeriod period, String supervisorId) {
    int attempts = referral.referralAttemptsBeforeSupervisor();
    Object[] row = single("""
        select count(r),
               sum(case when r.consentDecision = org.peersupport.supervision.referral.ConsentDecision.GIVEN then 1 else 0 end),
               sum(case when r.consentDecision = org.peersupport.supervision.referral.ConsentDecision.REFUSED then 1 else 0 end),
               count(r.handoffAt),
               avg((r.handoffAt - r.referredAt) by second),
               sum(case when r.outcome is null and (r.supervisorReviews > 0 or r.followUpAttempts >= :attempts)
                   then 1 else 0 end)
        from LicensedCareReferral r
        where r.referredAt >= :from and r.referredAt < :to %s
        """, "r", period, supervisorId, Map.of("attempts", attempts));
    Map<String, Long> byOutcome = new LinkedHashMap<>();
    for (Object[] outcome : query("""
        select r.outcome, count(r) from LicensedCareReferral r
        where r.referredAt >= :from and r.referredAt < :to %s group by r.outcome
        """, "r", period, supervisorId)) {
      byOutcome.put(outcome[0] == null ? "OPEN" : outcome[0].toString(), count(outcome[1]));
    }
    long total = count(row[0]);
    long given = count(row[1]);
    long refused = count(row[2]);
    Double hours = row[4] == null ? null : round(((Number) row[4]).doubleValue() / 3600.0);
    return new Referrals(total, given, refused, total - given - refused, count(row[3]), hours, sorted(byOutcome),
        count(row[5]));
  }

  private List<RoleDrift> roleDrift(AuditPeriod period, String supervisorId, Map<String, String> names) {
    Map<String, Long> towardWithinScope = new HashMap<>();
    for (Object[] row : query("""
        select c.specialistId, count(o) from ScopeOverride o, ScopeCheck c
        where c.id = o.scopeCheckId and o.overriddenTo = org.peersupport.supervision.scope.ScopeOutcome.WITHIN_SCOPE
          and o.overriddenAt >= :from and o.overriddenAt < :to %s group by c.specialistId
        """, "c", period, supervisorId)) {
      towardWithinScope.put((String) row[0], count(row[1]));
    }
    List<RoleDrift> drift = new ArrayList<>();
    for (Object[] row : query("""
        select c.specialistId, count(c),
               sum(case when c.dmnOutcome in (org.peersupport.supervision.scope.ScopeOutcome.REFER,
                                             org.peersupport.supervision.scope.ScopeOutcome.CONSULT) then 1 else 0 end)
        from ScopeCheck c
        where c.raisedAt >= :from and c.raisedAt < :to %s group by c.specialistId
        """, "c", period, supervisorId)) {
      String specialist = (String) row[0];
      long checks = count(row[1]);
      long referOrConsult = count(row[2]);
      double share = checks == 0 ? 0 : round(referOrConsult / (double) checks);
      long overrides = towardWithinScope.getOrDefault(specialist, 0L);
      boolean signal = (checks >= settings.roleDriftMinimumChecks() && share >= settings.roleDriftShare()) || overrides > 0;
      drift.add(new RoleDrift(specialist, names.getOrDefault(specialist, specialist), checks, referOrConsult, share,
          overrides, signal));
    }
    towardWithinScope.forEach((specialist, overrides) -> {
      if (drift.stream().noneMatch(d -> d.specialistId().equals(specialist))) {
        drift.add(new RoleDrift(specialist, names.getOrDefault(specialist, specialist), 0, 0, 0, overrides, true));
      }
    });
    drift.sort(Comparator.comparing(RoleDrift::signal).reversed().thenComparing(RoleDrift::share, Comparator.reverseOrder())
        .thenComparing(RoleDrift::specialistId));
    return drift;
  }

  // --- helpers -------------------------------------------------------------------------------------

  private List<Object[]> query(String jpql, String alias, AuditPeriod period, String supervisorId) {
    return query(jpql, alias, period, supervisorId, Map.of());
  }

  private List<Object[]> query(String jpql, String alias, AuditPeriod period, String supervisorId, Map<String, Object> more) {
    String team = supervisorId == null ? "" : " and " + alias + ".supervisorId = :supervisor";
    TypedQuery<Object[]> query = entityManager.createQuery(jpql.formatted(team), Object[].class)
        .setParameter("from", period.start()).setParameter("to", period.end());
    if (supervisorId != null) {
      query.setParameter("supervisor", supervisorId);
    }
    more.forEach(query::setParameter);
    return query.getResultList();
  }

  private Object[] single(String jpql, String alias, AuditPeriod period, String supervisorId) {
    return single(jpql, alias, period, supervisorId, Map.of());
  }

  private Object[] single(String jpql, String alias, AuditPeriod period, String supervisorId, Map<String, Object> more) {
    return query(jpql, alias, period, supervisorId, more).get(0);
  }

  /** The engine's table for the history entity (with any configured prefix); asking needs admin rights. */
  private String table(Class<?> entity) {
    return tables.computeIfAbsent(entity,
        type -> Privileged.call(identityService, () -> managementService.getTableName(type)));
  }

  /** Display names of everyone, in one query. */
  private Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (User user : Privileged.call(identityService, () -> identityService.createUserQuery().list())) {
      names.put(user.getId(), Relationships.displayName(user));
    }
    return names;
  }

  private static Minimum minimum(SupervisionRequirements.Requirement requirement) {
    return new Minimum(requirement.minimumSessionsPerMonth(), requirement.minimumMinutesPerMonth());
  }

  private static Map<String, Long> sorted(Map<String, Long> counts) {
    return new TreeMap<>(counts);
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double minutes(Object seconds) {
    return seconds == null ? null : round(((Number) seconds).doubleValue() / 60.0);
  }

  static Double percent(long part, long whole) {
    return whole == 0 ? null : round(100.0 * part / whole);
  }

  static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }

  private static long millis(Period period) {
    LocalDate epoch = LocalDate.of(2000, 1, 1);
    return java.time.Duration.between(epoch.atStartOfDay(), epoch.plus(period).atStartOfDay()).toMillis();
  }
}
