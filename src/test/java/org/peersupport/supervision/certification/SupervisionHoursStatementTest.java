package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.cycle.SupervisionSessions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervision-hours statement: signed sessions only, month boundaries, totals, and that the PDF
 * opens (read back with PDFBox) showing them. alex's sessions of 2018 belong to this test alone.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionHoursStatementTest {

  @Autowired SupervisionHoursStatement statement;
  @Autowired SupervisionSessions sessions;

  @BeforeAll
  void sessionsAroundAMonthBoundary() {
    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2018, 2, 28), 30);
    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2018, 3, 1), 60);
    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2018, 3, 31), 60);
    SessionFixtures.signed(sessions, "alex", "david", LocalDate.of(2018, 4, 1), 90);
    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2018, 4, 30), 45);
    SessionFixtures.unsigned(sessions, "alex", "maria", LocalDate.of(2018, 4, 20), 120);
    SessionFixtures.signed(sessions, "alex", "maria", LocalDate.of(2018, 5, 1), 50);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isPositive();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Supervision hours statement");
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void totalsCountSignedSessionsWithinTheMonthsOnly() {
    var signed = statement.signedSessions("alex", YearMonth.of(2018, 3), YearMonth.of(2018, 4));

    assertThat(signed).extracting(s -> s.getSessionDate().toString())
        .containsExactly("2018-03-01", "2018-03-31", "2018-04-01", "2018-04-30");
    SupervisionHoursStatement.Totals totals = SupervisionHoursStatement.totals(signed);
    assertThat(totals.sessions()).isEqualTo(4);
    assertThat(totals.minutes()).isEqualTo(255);
    assertThat(totals.hours()).isEqualByComparingTo("4.25");
  }

  @Test
  void statementOpensAndShowsTheSessionsMonthsAndTotals() throws IOException {
    String text = text(statement.pdf("alex", YearMonth.of(2018, 3), YearMonth.of(2018, 4)));

    assertThat(text).contains("Supervision hours statement", "Specialist: Alex Morgan (alex)",
        "Period: 2018-03 to 2018-04");
    assertThat(text).contains("2018-03-01 60 INDIVIDUAL Maria Alvarez", "2018-04-01 90 INDIVIDUAL David");
    assertThat(text).contains("2018-03 2 120 2.00", "2018-04 2 135 2.25");
    assertThat(text).contains("Total: 4 signed sessions, 255 minutes (4.25 hours)");
    // the unsigned draft and the sessions outside the months are not on it
    assertThat(text).doesNotContain("2018-04-20", "2018-02-28", "2018-05-01");
  }

  @Test
  void statementOfMonthsWithoutSessionsSaysSo() throws IOException {
    String text = text(statement.pdf("alex", YearMonth.of(2017, 6), YearMonth.of(2017, 6)));

    assertThat(text).contains("No signed supervision sessions in this period.",
        "Total: 0 signed sessions, 0 minutes (0.00 hours)");
  }
}
