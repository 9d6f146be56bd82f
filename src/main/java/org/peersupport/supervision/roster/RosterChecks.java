package org.peersupport.supervision.roster;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.system.FieldProblem;

/**
 * Checks every row of a file before anything is written: each value's type (a role, a stage, a date),
 * the row's Bean Validation rules and cross-field rules ({@link RosterRow}), then rules across rows: a
 * user id appears once, and a supervisor named is a supervisor already or a (valid) supervisor row of
 * the same file. Every problem names the file's column.
 *
 * <p>Rules about who imports ({@link Importer}): a row is never about the importer (their account,
 * group or supervision), never names them as a supervisor, and only an administrator's import gives
 * someone the role {@code PROGRAM_LEAD}. A roster is not a way to promote yourself or to hand out the
 * rights you import with.
 */
final class RosterChecks {

  /** Said in the report of a row about the importer or naming them as a supervisor. */
  static final String ABOUT_YOU = "This row is about you: a roster import cannot change your own account, role or "
      + "supervision. Ask another program lead or an administrator.";
  static final String NAMES_YOU = "names you as the supervisor: a roster import cannot change your own account, "
      + "role or supervision. Ask another program lead or an administrator.";
  static final String GRANTS_PROGRAM_LEAD = "PROGRAM_LEAD gives program-lead rights: only an administrator's "
      + "import can grant them. Ask an administrator.";

  /** Who runs the import, and whether they are an administrator (when the import runs). */
  record Importer(String userId, boolean admin) {

    boolean is(String someone) {
      return someone != null && someone.equalsIgnoreCase(userId);
    }
  }

  /** A row of the file with its typed content (null when a value could not be read) and its problems. */
  record Checked(RosterFile.Line line, RosterRow row, List<FieldProblem> problems) {

    boolean refused() {
      return !problems.isEmpty();
    }

    String userId() {
      return row != null ? row.userId() : line.values().get("user_id");
    }
  }

  private RosterChecks() {}

  /**
   * @param isSupervisor whether a user id is already a member of the group 'supervisors'
   */
  static List<Checked> check(List<RosterFile.Line> lines, Validator validator, Predicate<String> isSupervisor,
      Importer importer) {
    List<Checked> checked = new ArrayList<>();
    for (RosterFile.Line line : lines) {
      List<FieldProblem> problems = new ArrayList<>();
      if (line.valueCount() != RosterRow.COLUMNS.size()) {
        problems.add(new FieldProblem("row", "has " + line.valueCount() + " values; the header has "
            + RosterRow.COLUMNS.size() + " columns"));
      }
      // a value that cannot be read counts as empty for the other rules, which then skip its column
      RosterRow row = bind(line.values(), problems);
      Set<String> unreadable = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
      for (ConstraintViolation<RosterRow> violation : validator.validate(row)) {
        String field = violation.getPropertyPath().toString();
        if (!unreadable.contains(RosterRow.column(field))) {
          problems.add(new FieldProblem(field, violation.getMessage()));
        }
      }
      row.crossFieldProblems().stream().filter(p -> !unreadable.contains(RosterRow.column(p.field())))
          .forEach(problems::add);
      importerRules(row, importer, problems);
      checked.add(new Checked(line, row, problems));
    }
    refuseDuplicates(checked);
    checkSupervisors(checked, isSupervisor, importer);
    List<Checked> result = new ArrayList<>();
    for (Checked c : checked) {
      result.add(new Checked(c.line(), c.row(), columns(c.problems())));
    }
    return result;
  }

  /** The same problems with each field named as the file's column, each once. */
  static List<FieldProblem> columns(List<FieldProblem> problems) {
    Set<FieldProblem> unique = new LinkedHashSet<>();
    for (FieldProblem problem : problems) {
      unique.add(new FieldProblem(RosterRow.column(problem.field()), problem.message()));
    }
    return List.copyOf(unique);
  }

  /** The row's values as a typed record; a value that is not of its column's type is a problem (null). */
  private static RosterRow bind(Map<String, String> values, List<FieldProblem> problems) {
    RecordComponent[] components = RosterRow.class.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String column = RosterRow.column(components[i].getName());
      String value = values.get(column);
      Class<?> type = components[i].getType();
      if (value == null || type == String.class) {
        arguments[i] = value;
        continue;
      }
      try {
        if (type == LocalDate.class) {
          arguments[i] = LocalDate.parse(value);
        } else if (type == RosterRole.class) {
          arguments[i] = RosterRole.valueOf(value.toUpperCase(Locale.ROOT));
        } else if (type == CertificationStage.class) {
          arguments[i] = CertificationStage.valueOf(value.toUpperCase(Locale.ROOT));
        } else {
          throw new IllegalStateException("no reader for " + type);
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem(column, "must be a date written year-month-day, for example 2026-12-08 for 8 Dec 2026"));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(column, "must be one of " + Arrays.stream(type.getEnumConstants())
            .map(Object::toString).collect(Collectors.joining(", "))));
      }
    }
    try {
      return (RosterRow) RosterRow.class.getDeclaredConstructor(Arrays.stream(components)
          .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void importerRules(RosterRow row, Importer importer, List<FieldProblem> problems) {
    if (importer.is(row.userId())) {
      problems.add(new FieldProblem("userId", ABOUT_YOU));
    }
    if (importer.is(row.supervisorId())) {
      problems.add(new FieldProblem("supervisorId", NAMES_YOU));
    }
    if (row.role() == RosterRole.PROGRAM_LEAD && !importer.admin()) {
      problems.add(new FieldProblem("role", GRANTS_PROGRAM_LEAD));
    }
  }

  private static void refuseDuplicates(List<Checked> checked) {
    Map<String, List<Integer>> linesById = new HashMap<>();
    for (Checked c : checked) {
      if (c.userId() != null) {
        linesById.computeIfAbsent(c.userId().toLowerCase(Locale.ROOT), id -> new ArrayList<>()).add(c.line().line());
      }
    }
    for (Checked c : checked) {
      List<Integer> same = c.userId() == null ? List.of() : linesById.get(c.userId().toLowerCase(Locale.ROOT));
      if (same.size() > 1) {
        c.problems().add(new FieldProblem("userId", "appears on more than one line (lines "
            + same.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "): a person has one row"));
      }
    }
  }

  private static void checkSupervisors(List<Checked> checked, Predicate<String> isSupervisor, Importer importer) {
    Map<String, Checked> supervisorRows = new HashMap<>();
    for (Checked c : checked) {
      if (c.row() != null && c.row().role() == RosterRole.SUPERVISOR && c.row().userId() != null) {
        supervisorRows.putIfAbsent(c.row().userId(), c);
      }
    }
    for (Checked c : checked) {
      String supervisorId = c.row() == null ? null : c.row().supervisorId();
      if (supervisorId == null || supervisorId.equalsIgnoreCase(c.row().userId())
          || !supervisorId.matches(RosterRow.USER_ID) || importer.is(supervisorId)) {
        continue;
      }
      Checked supervisorRow = supervisorRows.get(supervisorId);
      if (supervisorRow != null && supervisorRow.refused()) {
        c.problems().add(new FieldProblem("supervisorId", "names a supervisor whose own row (line "
            + supervisorRow.line().line() + ") is refused"));
      } else if (supervisorRow == null && !isSupervisor.test(supervisorId)) {
        c.problems().add(new FieldProblem("supervisorId",
            "must be a supervisor: someone who is a supervisor in the program already, or has a SUPERVISOR row in "
                + "this file"));
      }
    }
  }
}
