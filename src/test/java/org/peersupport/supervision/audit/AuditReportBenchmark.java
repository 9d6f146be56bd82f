package org.peersupport.supervision.audit;

import static org.peersupport.supervision.audit.AuditHistory.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.bench.BenchContext;
import org.peersupport.supervision.bench.BenchDatabase;
import org.peersupport.supervision.bench.BenchResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the program lead's audit report takes for a year of a 200-specialist and of a 2,000-specialist
 * program. Not a test: it runs only with {@code mvn -Pbench verify} (never in {@code mvn verify}); see
 * docs/performance.md. The years are generated here (seeded, so runs are comparable) straight into the
 * domain and engine history tables of the benchmark's database (in-memory H2, or PostgreSQL with
 * {@code -Dbench.db.url}): first 200 specialists in 2016, measured; then 2,000 in 2018 on top of it, measured.
 */
@BenchContext
@Order(4)
class AuditReportBenchmark {

  static final int SPECIALISTS_PER_SUPERVISOR = 10;

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuditFigures figures;

  @Test
  void yearOf200AndOf2000Specialists() {
    program("b200", 20, 2016, true, 300, Integer.getInteger("bench.audit.runs-200", 30), 5);
    program("b2k", 200, 2018, false, 2000, Integer.getInteger("bench.audit.runs-2000", 10), 2);
  }

  @AfterAll
  static void written() {
    BenchResults.write();
  }

  private void program(String prefix, int supervisors, int year, boolean ends, double targetMs, int runs, int warmUp) {
    long began = System.nanoTime();
    long rows = generate(prefix, supervisors, year, ends);
    double generateSeconds = (System.nanoTime() - began) / 1e9;
    int specialists = supervisors * SPECIALISTS_PER_SUPERVISOR;
    AuditPeriod whole = new AuditPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    AuditPeriod month = AuditPeriod.month(YearMonth.of(year, 6));
    AuditReport sample = figures.report(whole, null);
    if (sample.specialists().size() != specialists) {
      throw new AssertionError("the report of " + year + " counts " + sample.specialists().size() + " specialists, not "
          + specialists);
    }
    Map<String, Object> setup = BenchResults.setup("db", BenchDatabase.kind(), "history", "full (generated rows)",
        "threads", 1, "program", specialists + " specialists, " + supervisors + " supervisors, year " + year,
        "rows generated", rows + " in " + Math.round(generateSeconds) + " s", "cycles", sample.cycles().completed()
            + " completed", "scope checks", sample.scopeChecks().total(), "runs", runs + " after " + warmUp
            + " warm-up, AuditFigures.report called in the app's JVM (no HTTP, no JSON)");
    List<Double> program = time(() -> figures.report(whole, null), warmUp, runs);
    double median = BenchResults.median(program);
    BenchResults.target("audit", "report, a year, " + specialists + " specialists", summary(program), values(program),
        "< " + BenchResults.ms(targetMs).replace(".0", ""), median < targetMs, setup);
    List<Double> team = time(() -> figures.report(whole, prefix + "-sup-07"), warmUp, runs);
    BenchResults.info("audit", "report, a year, one team of 10 (" + specialists + "-specialist program)", summary(team),
        values(team), setup);
    List<Double> june = time(() -> figures.report(month, null), warmUp, runs);
    BenchResults.info("audit", "report, one month, " + specialists + " specialists", summary(june), values(june), setup);
  }

  private static Map<String, Object> values(List<Double> sorted) {
    return Map.of("medianMs", BenchResults.median(sorted), "p90Ms", BenchResults.quantile(sorted, 0.9),
        "maxMs", sorted.get(sorted.size() - 1));
  }

  private static String summary(List<Double> sorted) {
    return "median " + BenchResults.ms(BenchResults.median(sorted)) + ", p90 " + BenchResults.ms(
        BenchResults.quantile(sorted, 0.9)) + ", max " + BenchResults.ms(sorted.get(sorted.size() - 1));
  }

  private static List<Double> time(Runnable report, int warmUp, int runs) {
    for (int i = 0; i < warmUp; i++) {
      report.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      report.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    return millis;
  }

  /**
   * A year: 1-3 sessions a month, a cycle every 14 days, a disclosure or boundary reflection and a scope
   * check a month, and a referral for each REFER, per specialist.
   */
  private long generate(String prefix, int supervisors, int year, boolean ends) {
    AuditHistory history = new AuditHistory(jdbc, true);
    Random random = new Random(42);
    long rows = 0;
    for (int s = 0; s < supervisors; s++) {
      String supervisor = "%s-sup-%02d".formatted(prefix, s);
      user(supervisor, "Supervisor", String.valueOf(s));
      for (int p = 0; p < SPECIALISTS_PER_SUPERVISOR; p++) {
        String specialist = "%s-spec-%04d".formatted(prefix, s * SPECIALISTS_PER_SUPERVISOR + p);
        user(specialist, "Specialist", String.valueOf(p));
        history.relationship(supervisor, specialist, LocalDate.of(year - 1, 6, 1), ends ? LocalDate.of(year, 12, 31) : null);
        rows++;
        for (int m = 1; m <= 12; m++) {
          int sessions = 1 + random.nextInt(3);
          for (int i = 0; i < sessions; i++) {
            history.session(supervisor, specialist, LocalDate.of(year, m, 1 + random.nextInt(28)), 30 + 15 * random.nextInt(5),
                random.nextInt(10) > 0);
            rows++;
          }
        }
        for (LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(14)); start.getYear() == year;
            start = start.plusDays(14)) {
          Instant begin = at(start + "T09:00");
          Instant end = begin.plus(Duration.ofHours(24L * (5 + random.nextInt(15))));
          boolean open = start.isAfter(LocalDate.of(year, 12, 10)) && random.nextBoolean();
          String cycle = history.cycle(supervisor, specialist, begin, open ? null : end);
          Instant due = at(start.plusDays(7) + "T00:00");
          history.reflection(cycle, specialist, due, open ? null : due.plus(Duration.ofHours(random.nextInt(96) - 48)), false);
          rows += 4;
        }
        for (int m = 1; m <= 12; m++) {
          Instant submitted = at(LocalDate.of(year, m, 1 + random.nextInt(28)) + "T15:00");
          String risk = List.of("LOW", "LOW", "MODERATE", "HIGH").get(random.nextInt(4));
          boolean reviewed = random.nextInt(10) > 0;
          history.disclosureReflection(supervisor, specialist,
              List.of("INTENTIONAL_SELF_DISCLOSURE", "GIFT_OFFERED_OR_ACCEPTED", "DUAL_RELATIONSHIP", "OTHER").get(random.nextInt(4)),
              risk, reviewed ? List.of("AFFIRM", "COACHING_NOTE", "CORRECTIVE_PLAN").get(random.nextInt(3)) : null,
              submitted, submitted.plus(Duration.ofDays(risk.equals("HIGH") ? 1 : 5)),
              reviewed ? submitted.plus(Duration.ofHours(2 + random.nextInt(150))) : null);
          rows++;
        }
        for (int m = 1; m <= 12; m++) {
          Instant raised = at(LocalDate.of(year, m, 1 + random.nextInt(28)) + "T10:00");
          String table = List.of("WITHIN_SCOPE", "WITHIN_SCOPE", "REFER", "CONSULT", "CRISIS").get(random.nextInt(5));
          String outcome = table.equals("CONSULT") ? (random.nextBoolean() ? "REFER" : "WITHIN_SCOPE") : table;
          boolean crisis = table.equals("CRISIS");
          history.scopeCheck(supervisor, specialist, raised, table, outcome,
              crisis ? raised.plus(Duration.ofMinutes(5 + random.nextInt(90))) : null,
              crisis && random.nextInt(4) == 0 ? raised.plus(Duration.ofMinutes(60)) : null);
          rows++;
          if (table.equals("REFER") && random.nextInt(10) == 0) {
            history.overrideOfLastScopeCheck(supervisor, "REFER", "WITHIN_SCOPE", "Navigation only",
                raised.plus(Duration.ofHours(2)));
            rows++;
          }
          if (outcome.equals("REFER")) {
            history.referral(supervisor, specialist, raised.plus(Duration.ofHours(3)),
                List.of("GIVEN", "GIVEN", "GIVEN", "REFUSED").get(random.nextInt(4)),
                raised.plus(Duration.ofHours(24 + random.nextInt(96))), random.nextInt(4), random.nextInt(2),
                List.of("CONNECTED", "CONNECTED", "DECLINED_BY_PEER").get(random.nextInt(3)));
            rows++;
          }
        }
      }
      history.flush();
    }
    return rows;
  }

  private void user(String id, String first, String last) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(first);
      user.setLastName(last);
      identityService.saveUser(user);
    }
  }
}
