package org.peersupport.supervision.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.cycle.SupervisionSessions;
import org.peersupport.supervision.system.Dates;
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
        "Period: March 2018 to April 2018");
    // alex's stage depends on what other tests recorded: in words either way
    assertThat(text).containsPattern("Monthly minimum \\((the program's|certified|initial certification period)\\): \\d+ sessions");
    // words and dates people read: "1 Mar 2018", the form's "Individual", months by name
    assertThat(text).contains("1 Mar 2018 60 Individual Maria Alvarez", "1 Apr 2018 90 Individual David");
    assertThat(text).contains("March 2018 2 120 2.00 yes", "April 2018 2 135 2.25 yes");
    assertThat(text).contains("Total: 4 signed sessions, 255 minutes (4.25 hours)");
    assertThat(text).doesNotContain("INDIVIDUAL", "CERTIFIED", "INITIAL", "2018-03-01").doesNotContainPattern("\\d{4}-\\d{2}");
    // the unsigned draft and the sessions outside the months are not on it
    assertThat(text).doesNotContain("20 Apr 2018", "28 Feb 2018", "1 May 2018");
  }

  @Test
  void aMonthNotEndedYetIsInProgressNotFailed() throws IOException {
    try {
      ClockUtil.setCurrentTime(Date.from(Dates.startOf(LocalDate.of(2018, 5, 10)).plusSeconds(3600)));
      String text = text(statement.pdf("alex", YearMonth.of(2018, 5), YearMonth.of(2018, 5)));

      assertThat(text).contains("Period: May 2018", "1 May 2018 50 Individual Maria Alvarez",
          "May 2018 1 50 0.83 not yet (month in progress)", "Total: 1 signed session, 50 minutes (0.83 hours)",
          "Generated on 10 May 2018.");
      ClockUtil.setCurrentTime(Date.from(Dates.startOf(LocalDate.of(2018, 6, 1)).plusSeconds(3600)));
      assertThat(text(statement.pdf("alex", YearMonth.of(2018, 5), YearMonth.of(2018, 5)))).contains("May 2018 1 50 0.83 no");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void statementOfMonthsWithoutSessionsSaysSo() throws IOException {
    String text = text(statement.pdf("alex", YearMonth.of(2017, 6), YearMonth.of(2017, 6)));

    assertThat(text).contains("No signed supervision sessions in this period.",
        "Total: 0 signed sessions, 0 minutes (0.00 hours)");
  }
}
