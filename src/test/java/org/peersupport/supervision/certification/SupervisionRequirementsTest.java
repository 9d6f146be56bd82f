package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.cycle.SupervisionSessions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stage of a specialist's certification decides their supervision cadence and the monthly minimum
 * the audit checks (application.yaml: INITIAL weekly, 4 sessions / 240 minutes; CERTIFIED every two
 * weeks, 2 / 120). casey's certifications and 2017 sessions belong to this test.
 */
@ProcessTest
class SupervisionRequirementsTest {

  @Autowired SupervisionRequirements requirements;
  @Autowired Credentials credentials;
  @Autowired SupervisionSessions sessions;

  private void certify(CertificationStage stage, String number, int expiresInDays) {
    credentials.recordCertification("casey", new Credentials.CertificationDetails("State Certification Board",
        "Peer Specialist", number, stage, LocalDate.now().minusMonths(1)), LocalDate.now().plusDays(expiresInDays),
        "casey");
  }

  @Test
  void stageRulesAreTheConfiguredOnes() {
    assertThat(requirements.forStage(CertificationStage.INITIAL))
        .isEqualTo(new SupervisionRequirements.Requirement(CertificationStage.INITIAL, Period.ofDays(7), 4, 240));
    assertThat(requirements.forStage(CertificationStage.CERTIFIED))
        .isEqualTo(new SupervisionRequirements.Requirement(CertificationStage.CERTIFIED, Period.ofDays(14), 2, 120));
  }

  @Test
  void theCurrentCertificationsStageDecidesTheMonthlyMinimum() {
    YearMonth month = YearMonth.of(2017, 2);
    SessionFixtures.signed(sessions, "casey", "david", LocalDate.of(2017, 2, 1), 60);
    SessionFixtures.signed(sessions, "casey", "david", LocalDate.of(2017, 2, 28), 90);

    // no certification yet: the program-wide minimum of the cycle (2 sessions, 120 minutes)
    SupervisionRequirements.MonthCheck uncertified = requirements.check("casey", month);
    assertThat(uncertified.requirement().stage()).isNull();
    assertThat(uncertified.sessions()).isEqualTo(2);
    assertThat(uncertified.minutes()).isEqualTo(150);
    assertThat(uncertified.meetsMinimum()).isTrue();

    // in the initial certification period: weekly, 4 sessions and 240 minutes: not met
    certify(CertificationStage.INITIAL, "INIT-1", 180);
    SupervisionRequirements.MonthCheck initial = requirements.check("casey", month);
    assertThat(initial.requirement().stage()).isEqualTo(CertificationStage.INITIAL);
    assertThat(initial.requirement().cadence()).isEqualTo(Period.ofDays(7));
    assertThat(initial.meetsMinimum()).isFalse();

    // fully certified (the certification expiring last): every two weeks, 2 sessions and 120 minutes: met
    certify(CertificationStage.CERTIFIED, "FULL-1", 700);
    SupervisionRequirements.MonthCheck certified = requirements.check("casey", month);
    assertThat(certified.requirement().stage()).isEqualTo(CertificationStage.CERTIFIED);
    assertThat(certified.meetsMinimum()).isTrue();
  }
}
