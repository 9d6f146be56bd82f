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
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the audit report takes for a year of a 200-specialist program. Not a test: it runs only
 * with {@code mvn -Pbench test} (never in {@code mvn verify}) and prints the figures; see
 * docs/performance.md. The year is generated here, into the in-memory database of the test profile.
 */
@ProcessTest
class AuditReportBenchmark {

  private static final org.slf4j.Logger REPORT = org.slf4j.LoggerFactory.getLogger("peer-supervision.report");

  static final int SUPERVISORS = 20;
  static final int SPECIALISTS_PER_SUPERVISOR = 10;
  static final int YEAR = 2018;
  static final int WARM_UP = 5;
  static final int RUNS = 30;

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuditFigures figures;

  @Test
  void yearOfA200SpecialistProgram() {
    long rows = generate();
    AuditPeriod year = new AuditPeriod(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
    AuditPeriod month = AuditPeriod.month(YearMonth.of(YEAR, 6));

    AuditReport sample = figures.report(year, null);
    REPORT.info(String.format("%nGenerated %d rows: %d specialists, %d supervisors, %d completed cycles, %d scope checks, "
        + "%d referrals, %d disclosure reflections in %d%n", rows, sample.specialists().size(), SUPERVISORS,
        sample.cycles().completed(), sample.scopeChecks().total(), sample.referrals().total(), sample.reflections().total(),
        YEAR).strip());
    print("year, whole program", time(() -> figures.report(year, null)));
    print("year, one supervisor's team", time(() -> figures.report(year, "bench-sup-07")));
    print("one month, whole program", time(() -> figures.report(month, null)));
  }

  private static List<Long> time(Runnable report) {
    for (int i = 0; i < WARM_UP; i++) {
      report.run();
    }
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      report.run();
      micros.add((System.nanoTime() - start) / 1000);
    }
    Collections.sort(micros);
    return micros;
  }

  private static void print(String what, List<Long> micros) {
    REPORT.info(String.format("audit report, %-28s median %6.1f ms  p90 %6.1f ms  max %6.1f ms  (%d runs after %d warm-up)%n",
        what, micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.9)) / 1000.0,
        micros.get(micros.size() - 1) / 1000.0, RUNS, WARM_UP).strip());
  }

  /**
   * A year: 1-3 sessions a month, a cycle every 14 days, a disclosure or boundary reflection and a scope
   * check a month, and a referral for each REFER, per specialist.
   */
  private long generate() {
    AuditHistory history = new AuditHistory(jdbc);
    Random random = new Random(42);
    long rows = 0;
    for (int s = 0; s < SUPERVISORS; s++) {
      String supervisor = "bench-sup-%02d".formatted(s);
      user(supervisor, "Supervisor", String.valueOf(s));
      for (int p = 0; p < SPECIALISTS_PER_SUPERVISOR; p++) {
        String specialist = "bench-spec-%03d".formatted(s * SPECIALISTS_PER_SUPERVISOR + p);
        user(specialist, "Specialist", String.valueOf(p));
        history.relationship(supervisor, specialist, LocalDate.of(YEAR - 1, 6, 1), null);
        rows++;
        for (int m = 1; m <= 12; m++) {
          int sessions = 1 + random.nextInt(3);
          for (int i = 0; i < sessions; i++) {
            history.session(supervisor, specialist, LocalDate.of(YEAR, m, 1 + random.nextInt(28)), 30 + 15 * random.nextInt(5),
                random.nextInt(10) > 0);
            rows++;
          }
        }
        for (LocalDate start = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(14)); start.getYear() == YEAR;
            start = start.plusDays(14)) {
          Instant begin = at(start + "T09:00");
          Instant end = begin.plus(Duration.ofHours(24L * (5 + random.nextInt(15))));
          boolean open = start.isAfter(LocalDate.of(YEAR, 12, 10)) && random.nextBoolean();
          String cycle = history.cycle(supervisor, specialist, begin, open ? null : end);
          Instant due = at(start.plusDays(7) + "T00:00");
          history.reflection(cycle, specialist, due, open ? null : due.plus(Duration.ofHours(random.nextInt(96) - 48)), false);
          rows += 4;
        }
        for (int m = 1; m <= 12; m++) {
          Instant submitted = at(LocalDate.of(YEAR, m, 1 + random.nextInt(28)) + "T15:00");
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
          Instant raised = at(LocalDate.of(YEAR, m, 1 + random.nextInt(28)) + "T10:00");
          String table = List.of("WITHIN_SCOPE", "WITHIN_SCOPE", "REFER", "CONSULT", "CRISIS").get(random.nextInt(5));
          String outcome = table.equals("CONSULT") ? (random.nextBoolean() ? "REFER" : "WITHIN_SCOPE") : table;
          boolean crisis = table.equals("CRISIS");
          long check = history.scopeCheck(supervisor, specialist, raised, table, outcome,
              crisis ? raised.plus(Duration.ofMinutes(5 + random.nextInt(90))) : null,
              crisis && random.nextInt(4) == 0 ? raised.plus(Duration.ofMinutes(60)) : null);
          rows++;
          if (table.equals("REFER") && random.nextInt(10) == 0) {
            history.override(check, supervisor, "REFER", "WITHIN_SCOPE", "Navigation only", raised.plus(Duration.ofHours(2)));
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
