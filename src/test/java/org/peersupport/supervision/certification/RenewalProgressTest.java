package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hours toward a renewal: continuing education counts within the renewal period ending on the expiry
 * (both days included), ethics hours apart, training hours never. jordan's education belongs to this test.
 */
@ProcessTest
class RenewalProgressTest {

  @Autowired Credentials credentials;

  private void education(EducationKind kind, LocalDate on, String hours, boolean ethics) {
    credentials.recordEducation("jordan", new Credentials.EducationDetails(kind, "Peer ethics", "State peer network",
        on, new BigDecimal(hours), ethics), "jordan");
  }

  @Test
  void continuingEducationCountsWithinTheRenewalPeriodWithEthicsApart() {
    LocalDate expiry = LocalDate.now().plusDays(400);
    Certification certification = credentials.recordCertification("jordan", new Credentials.CertificationDetails(
        "State Certification Board", "Certified Peer Specialist", "CPS-J-1", CertificationStage.CERTIFIED,
        expiry.minusYears(2)), expiry, "jordan");
    LocalDate periodStart = expiry.minusYears(2);

    education(EducationKind.CONTINUING_EDUCATION, periodStart.minusDays(1), "8", false);   // before the period
    education(EducationKind.CONTINUING_EDUCATION, periodStart, "6", false);                // first day counts
    education(EducationKind.CONTINUING_EDUCATION, LocalDate.now(), "4.5", true);           // ethics
    education(EducationKind.CONTINUING_EDUCATION, expiry, "1.5", true);                    // last day counts
    education(EducationKind.CONTINUING_EDUCATION, expiry.plusDays(1), "10", true);         // after the expiry
    education(EducationKind.TRAINING, LocalDate.now(), "40", false);                       // training: not CE

    Credentials.RenewalProgress progress = credentials.renewalProgress(certification);

    assertThat(progress.periodFrom()).isEqualTo(periodStart);
    assertThat(progress.periodTo()).isEqualTo(expiry);
    assertThat(progress.continuingEducationHours()).isEqualByComparingTo("12.0");
    assertThat(progress.ethicsHours()).isEqualByComparingTo("6.0");
    assertThat(progress.requiredContinuingEducationHours()).isEqualByComparingTo("20");
    assertThat(progress.requiredEthicsHours()).isEqualByComparingTo("6");
    assertThat(progress.requirementsMet()).isFalse();

    education(EducationKind.CONTINUING_EDUCATION, LocalDate.now(), "8", false);
    assertThat(credentials.renewalProgress(certification).requirementsMet()).isTrue();
    assertThat(credentials.trainingHoursByTopic("jordan")).containsEntry("Peer ethics", new BigDecimal("40.00"));
  }
}
