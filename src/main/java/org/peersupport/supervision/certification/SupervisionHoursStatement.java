package org.peersupport.supervision.certification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.peersupport.supervision.cycle.SessionFormat;
import org.peersupport.supervision.cycle.SupervisionHistory;
import org.peersupport.supervision.cycle.SupervisionSession;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A specialist's supervision-hours statement for their certifying body, as a PDF (Apache PDFBox):
 * every signed (attested) session of the period with its date, length, format and supervisor, the
 * signed sessions and minutes per month against the specialist's monthly minimum, and the totals.
 * Drafts not yet signed do not count and are not listed. No session notes, topics or wellness content.
 * In words for the certifying body's reader: "8 Dec 2026", "December 2026", the session-record form's
 * "Individual" / "Group", the stage as "initial certification period", and a month not ended yet as
 * "in progress" rather than "no".
 */
@Service
public class SupervisionHoursStatement {

  /** What the statement shows, also used to test its arithmetic without reading the PDF. */
  public record Totals(long sessions, long minutes) {
    public BigDecimal hours() {
      return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
  }


  private final SupervisionHistory history;
  private final SupervisionRequirements requirements;
  private final Relationships relationships;

  public SupervisionHoursStatement(SupervisionHistory history, SupervisionRequirements requirements,
      Relationships relationships) {
    this.history = history;
    this.requirements = requirements;
    this.relationships = relationships;
  }

  @Transactional(readOnly = true)
  public List<SupervisionSession> signedSessions(String specialistId, YearMonth from, YearMonth to) {
    return history.sessions(specialistId, from, to).stream().filter(SupervisionSession::isAttested)
        .sorted(Comparator.comparing(SupervisionSession::getSessionDate)).toList();
  }

  public static Totals totals(List<SupervisionSession> signed) {
    return new Totals(signed.size(), signed.stream().mapToLong(SupervisionSession::getDurationMinutes).sum());
  }

  @Transactional(readOnly = true)
  public byte[] pdf(String specialistId, YearMonth from, YearMonth to) {
    List<SupervisionSession> signed = signedSessions(specialistId, from, to);
    Totals totals = totals(signed);
    SupervisionRequirements.Requirement requirement = requirements.forSpecialist(specialistId);
    String specialistName = relationships.displayName(specialistId);

    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Supervision hours statement");
      info.setCreator("peer-supervision");
      Page page = new Page(document);
      page.heading("Supervision hours statement");
      page.line("Specialist: " + specialistName + " (" + specialistId + ")");
      page.line("Period: " + (from.equals(to) ? Dates.shownMonth(from) : Dates.shownMonth(from) + " to " + Dates.shownMonth(to)));
      page.line("Monthly minimum" + (requirement.stage() == null ? " (the program's)" : " (" + stage(requirement.stage()) + ")")
          + ": " + requirement.minimumSessionsPerMonth() + " sessions, " + requirement.minimumMinutesPerMonth() + " minutes");
      page.gap();
      page.subheading("Signed supervision sessions");
      page.row(new String[] {"Date", "Minutes", "Format", "Supervisor", "Signed on"}, true);
      for (SupervisionSession session : signed) {
        page.row(new String[] {Dates.shown(session.getSessionDate()), String.valueOf(session.getDurationMinutes()),
            format(session.getSessionFormat()), relationships.displayName(session.getSupervisorId()),
            Dates.shown(LocalDate.ofInstant(session.getAttestedAt(), ZoneId.systemDefault()))}, false);
      }
      if (signed.isEmpty()) {
        page.line("No signed supervision sessions in this period.");
      }
      page.gap();
      page.subheading("Per month");
      page.row(new String[] {"Month", "Sessions", "Minutes", "Hours", "Minimum met"}, true);
      LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
      for (SupervisionHistory.MonthTotal month : history.monthlyTotals(specialistId, from, to)) {
        Totals monthTotals = new Totals(month.sessions(), month.minutes());
        boolean met = month.sessions() >= requirement.minimumSessionsPerMonth()
            && month.minutes() >= requirement.minimumMinutesPerMonth();
        boolean ended = today.isAfter(month.month().atEndOfMonth());
        page.row(new String[] {Dates.shownMonth(month.month()), String.valueOf(month.sessions()),
            String.valueOf(month.minutes()), monthTotals.hours().toPlainString(),
            met ? "yes" : ended ? "no" : "not yet (month in progress)"}, false);
      }
      page.gap();
      page.subheading("Total: " + totals.sessions() + (totals.sessions() == 1 ? " signed session, " : " signed sessions, ")
          + totals.minutes() + " minutes ("
          + totals.hours().toPlainString() + " hours)");
      page.gap();
      page.line("Each session above was recorded by the supervisor named and signed (attested) by the specialist");
      page.line("in the program's supervision record on the date shown. Unsigned drafts are not counted.");
      page.line("Generated on " + Dates.shown(today) + ".");
      page.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the supervision hours statement could not be written", e);
    }
  }

  /** The session-record form's words for the format. */
  private static String format(SessionFormat format) {
    if (format == null) {
      return "";
    }
    return switch (format) {
      case INDIVIDUAL -> "Individual";
      case GROUP -> "Group";
    };
  }

  private static String stage(CertificationStage stage) {
    return switch (stage) {
      case INITIAL -> "initial certification period";
      case CERTIFIED -> "certified";
    };
  }

  /** Lines and table rows written top to bottom, on as many Letter pages as they need. */
  private static final class Page {
    private static final float MARGIN = 56;
    private static final float LEADING = 15;
    private static final float[] COLUMNS = {0, 90, 150, 230, 400};

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    Page(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void heading(String text) throws IOException {
      write(MARGIN, text, bold, 16);
      y -= LEADING * 1.5f;
    }

    void subheading(String text) throws IOException {
      write(MARGIN, text, bold, 11);
      y -= LEADING;
    }

    void line(String text) throws IOException {
      write(MARGIN, text, regular, 10);
      y -= LEADING;
    }

    void gap() {
      y -= LEADING / 2;
    }

    void row(String[] cells, boolean header) throws IOException {
      for (int i = 0; i < cells.length; i++) {
        write(MARGIN + COLUMNS[i], cells[i], header ? bold : regular, 10);
      }
      y -= LEADING;
    }

    void close() throws IOException {
      stream.close();
    }

    private void write(float x, String text, PDType1Font font, float size) throws IOException {
      if (y < MARGIN) {
        stream.close();
        newPage();
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, y);
      stream.showText(printable(text));
      stream.endText();
    }

    private void newPage() throws IOException {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = page.getMediaBox().getHeight() - MARGIN;
    }

    /** The standard fonts encode Latin-1 only: anything else (e.g. in a name) is shown as '?'. */
    private static String printable(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (char c : text.toCharArray()) {
        out.append(c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xff ? c : '?');
      }
      return out.toString();
    }
  }
}
