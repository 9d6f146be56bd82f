package org.peersupport.supervision.workhours;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.certification.Credentials;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hours arithmetic of the work-hours ledger: only signed-off hours count, per month by the day worked
 * (month boundaries), and toward the initial certification within P6M of its issue date (window
 * boundaries, application.yaml: 500 hours within P6M). Entries are written straight to the repository in
 * 2019 for specialists of this test (the process's own tests cover how the process writes them).
 */
@ProcessTest
class WorkHoursLedgerTest {

  @Autowired WorkHoursLedger ledger;
  @Autowired WorkHourEntries entries;
  @Autowired Credentials credentials;
  @Autowired IdentityService identityService;

  @Test
  void signedHoursCountPerMonthAndWithinTheInitialCertificationsWindow() {
    specialist("wh-ledger");
    // the initial certification was issued on 2019-01-15: its window is 2019-01-15 to 2019-07-14
    credentials.recordCertification("wh-ledger", new Credentials.CertificationDetails("State Certification Board",
        "Peer Specialist (initial)", "WH-INIT-1", CertificationStage.INITIAL, LocalDate.of(2019, 1, 15)),
        LocalDate.of(2028, 1, 14), "wh-ledger");
    signed("wh-ledger", LocalDate.of(2019, 1, 14), "8");      // the day before the window
    signed("wh-ledger", LocalDate.of(2019, 1, 15), "2.5");    // the window's first day
    signed("wh-ledger", LocalDate.of(2019, 1, 31), "4.25");   // the last day of January
    signed("wh-ledger", LocalDate.of(2019, 2, 1), "3.75");    // the first day of February
    signed("wh-ledger", LocalDate.of(2019, 7, 14), "1");      // the window's last day
    signed("wh-ledger", LocalDate.of(2019, 7, 15), "6");      // the day after the window
    entries.save(entry("wh-ledger", LocalDate.of(2019, 3, 11), "5"));   // still waiting: does not count
    WorkHourEntry returned = entry("wh-ledger", LocalDate.of(2019, 3, 12), "7");
    returned.returnForCorrection("maria", Instant.now(), "Not supervised work");
    entries.save(returned);                                              // returned: does not count

    List<WorkHourEntry> ledgerEntries = ledger.entriesOf("wh-ledger");

    assertThat(ledgerEntries).hasSize(8);
    assertThat(WorkHoursLedger.signedByMonth(ledgerEntries)).containsExactly(
        new WorkHoursLedger.MonthTotal(YearMonth.of(2019, 1), new BigDecimal("14.75")),
        new WorkHoursLedger.MonthTotal(YearMonth.of(2019, 2), new BigDecimal("3.75")),
        new WorkHoursLedger.MonthTotal(YearMonth.of(2019, 7), new BigDecimal("7.00")));
    WorkHoursLedger.Progress progress = ledger.progress("wh-ledger", ledgerEntries).orElseThrow();
    assertThat(progress.from()).isEqualTo(LocalDate.of(2019, 1, 15));
    assertThat(progress.to()).isEqualTo(LocalDate.of(2019, 7, 14));
    assertThat(progress.signedHours()).isEqualByComparingTo("11.5");
    assertThat(progress.requiredHours()).isEqualByComparingTo("500");
    assertThat(progress.remainingHours()).isEqualByComparingTo("488.5");
    assertThat(progress.met()).isFalse();
  }

  @Test
  void theTargetIsMetWithEnoughSignedHoursAndNeverGoesNegative() {
    specialist("wh-ledger-met");
    credentials.recordCertification("wh-ledger-met", new Credentials.CertificationDetails("State Certification Board",
        "Peer Specialist (initial)", "WH-INIT-2", CertificationStage.INITIAL, LocalDate.of(2019, 1, 1)),
        LocalDate.of(2028, 1, 1), "wh-ledger-met");
    for (int day = 1; day <= 25; day++) {
      signed("wh-ledger-met", LocalDate.of(2019, 3, day), "20.5");
    }

    WorkHoursLedger.Progress progress = ledger.progress("wh-ledger-met", ledger.entriesOf("wh-ledger-met")).orElseThrow();

    assertThat(progress.signedHours()).isEqualByComparingTo("512.5");
    assertThat(progress.remainingHours()).isEqualByComparingTo("0");
    assertThat(progress.met()).isTrue();
  }

  @Test
  void withoutAnInitialCertificationThereIsNoProgressToShow() {
    specialist("wh-ledger-certified");
    credentials.recordCertification("wh-ledger-certified", new Credentials.CertificationDetails(
        "State Certification Board", "Certified Peer Specialist", "WH-FULL-1", CertificationStage.CERTIFIED,
        LocalDate.of(2019, 1, 1)), LocalDate.of(2028, 1, 1), "wh-ledger-certified");
    signed("wh-ledger-certified", LocalDate.of(2019, 2, 1), "3");

    assertThat(ledger.progress("wh-ledger-certified", ledger.entriesOf("wh-ledger-certified"))).isEmpty();
  }

  private void signed(String specialist, LocalDate day, String hours) {
    WorkHourEntry entry = entry(specialist, day, hours);
    entry.signOff("maria", Instant.now());
    entries.save(entry);
  }

  private static WorkHourEntry entry(String specialist, LocalDate day, String hours) {
    return new WorkHourEntry(specialist, "maria", "fixture-" + java.util.UUID.randomUUID(), day, new BigDecimal(hours),
        WorkActivity.GROUP_FACILITATION, null, Instant.now());
  }

  private void specialist(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setPassword("right-" + id);
      identityService.saveUser(user);
      identityService.createMembership(id, ProgramRoles.SPECIALISTS);
    }
  }
}
