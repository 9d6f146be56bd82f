package org.peersupport.supervision.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.system.PayloadTooLargeException;

/**
 * Reads a roster file: UTF-8 CSV (RFC 4180, comma-separated, a byte-order mark allowed), a header row
 * naming exactly the columns of {@link RosterRow} in any order, then one person per row. A file with an
 * unknown, missing or repeated column, or that is not CSV at all, is refused as a whole (400 naming the
 * column); blank lines are skipped. Lines are numbered as in the file (the header is line 1).
 */
final class RosterFile {

  static final String FORM = "roster";

  /** One row as written: its line, its values by column (blank cells are null), and how many values it had. */
  record Line(int line, Map<String, String> values, int valueCount) {}

  private RosterFile() {}

  static List<Line> read(byte[] content, int maxRows) {
    if (content.length == 0) {
      throw refused("file", "is empty: the first line must be the header row (" + String.join(",", RosterRow.COLUMNS) + ")");
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content))
        .get(), StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = null;
      List<Line> lines = new ArrayList<>();
      int line = 0;
      try {
        for (CSVRecord record : parser) {
          line++;
          if (isBlank(record)) {
            continue;
          }
          if (header == null) {
            header = header(record);
            continue;
          }
          if (lines.size() == maxRows) {
            throw new PayloadTooLargeException("The file has more than " + maxRows + " rows below the header: "
                + "split it into files of at most " + maxRows + " rows.");
          }
          Map<String, String> values = new LinkedHashMap<>();
          for (int i = 0; i < header.size() && i < record.size(); i++) {
            String value = record.get(i);
            values.put(header.get(i), value == null || value.isBlank() ? null : value.strip());
          }
          lines.add(new Line(line, values, record.size()));
        }
      } catch (UncheckedIOException e) {
        throw refused("file", e.getCause() instanceof java.nio.charset.CharacterCodingException
            ? "is not UTF-8 text: save it as CSV UTF-8"
            : "is not valid CSV after line " + line + " (a quote is not closed, or a quoted value is followed by text)");
      }
      if (header == null) {
        throw refused("file", "is empty: the first line must be the header row");
      }
      if (lines.isEmpty()) {
        throw refused("file", "has no rows below the header");
      }
      return lines;
    } catch (IOException e) {
      throw refused("file", e instanceof java.nio.charset.CharacterCodingException
          ? "is not UTF-8 text: save it as CSV UTF-8" : "could not be read as CSV");
    }
  }

  private static List<String> header(CSVRecord record) {
    List<String> header = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : record) {
      String column = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
      if (!RosterRow.COLUMNS.contains(column)) {
        problems.add(new FieldProblem(column.isEmpty() ? "(empty column name)" : column,
            "is not a column of a roster (columns: " + String.join(", ", RosterRow.COLUMNS) + ")"));
      } else if (!seen.add(column)) {
        problems.add(new FieldProblem(column, "appears twice in the header row"));
      }
      header.add(column);
    }
    for (String column : RosterRow.COLUMNS) {
      if (!seen.contains(column)) {
        problems.add(new FieldProblem(column, "is missing from the header row (it may be left empty in rows)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormRejectedException(FORM, problems);
    }
    return header;
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (value != null && !value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static FormRejectedException refused(String field, String message) {
    return FormRejectedException.of(FORM, field, message);
  }
}
