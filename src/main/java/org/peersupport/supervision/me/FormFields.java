package org.peersupport.supervision.me;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.peersupport.supervision.system.FieldProblem;

/**
 * The values of one of /me's forms, read field by field with the label people see beside it: every problem
 * is collected (the field, its label and the rule in words) and the form is refused as a whole
 * ({@link MeFormRejected}) before anything is written.
 */
final class FormFields {

  private final JsonNode body;
  private final List<FieldProblem> problems = new ArrayList<>();

  FormFields(JsonNode body) {
    this.body = body == null || !body.isObject() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : body;
  }

  private JsonNode value(String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank()) ? null : value;
  }

  private void problem(String field, String label, String message) {
    problems.add(new FieldProblem(field, label, message));
  }

  String text(String field, String label, int max, boolean required) {
    JsonNode value = value(field);
    if (value == null) {
      if (required) {
        problem(field, label, "fill this in");
      }
      return null;
    }
    String text = value.asText().strip();
    if (text.length() > max) {
      problem(field, label, "at most " + max + " characters");
      return null;
    }
    return text;
  }

  String matching(String field, String label, int max, String pattern, String rule) {
    String text = text(field, label, max, true);
    if (text != null && !text.matches(pattern)) {
      problem(field, label, rule);
      return null;
    }
    return text;
  }

  LocalDate date(String field, String label) {
    JsonNode value = value(field);
    if (value == null) {
      problem(field, label, "choose a date");
      return null;
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      problem(field, label, "choose a date from the calendar");
      return null;
    }
  }

  LocalDate dateNotAfterToday(String field, String label) {
    LocalDate date = date(field, label);
    if (date != null && date.isAfter(LocalDate.now())) {
      problem(field, label, "cannot be later than today");
      return null;
    }
    return date;
  }

  LocalDate dateAfterToday(String field, String label) {
    LocalDate date = date(field, label);
    if (date != null && !date.isAfter(LocalDate.now())) {
      problem(field, label, "must be a date after today");
      return null;
    }
    return date;
  }

  /** A number of hours in quarters of an hour, from {@code min} to {@code max}. */
  BigDecimal hours(String field, String label, String min, String max) {
    JsonNode value = value(field);
    if (value == null) {
      problem(field, label, "enter the number of hours");
      return null;
    }
    String rule = "a number of hours from " + min + " to " + max + " (for example 1.5)";
    try {
      BigDecimal hours = new BigDecimal(value.asText().strip());
      if (hours.compareTo(new BigDecimal(min)) < 0 || hours.compareTo(new BigDecimal(max)) > 0
          || hours.stripTrailingZeros().scale() > 2) {
        problem(field, label, "must be " + rule);
        return null;
      }
      return hours;
    } catch (NumberFormatException e) {
      problem(field, label, "must be " + rule);
      return null;
    }
  }

  long id(String field, String label, String whatToChoose) {
    JsonNode value = value(field);
    if (value == null || !value.asText().matches("[0-9]{1,18}")) {
      problem(field, label, whatToChoose);
      return -1;
    }
    return Long.parseLong(value.asText());
  }

  boolean flag(String field) {
    JsonNode value = value(field);
    return value != null && (value.asBoolean() || "on".equals(value.asText()) || "true".equals(value.asText()));
  }

  /** One of the enum's codes, offered as its words. */
  <E extends Enum<E>> E choice(String field, String label, Class<E> type, Function<E, String> words) {
    JsonNode value = value(field);
    if (value != null) {
      for (E option : type.getEnumConstants()) {
        if (option.name().equals(value.asText())) {
          return option;
        }
      }
    }
    List<String> options = java.util.Arrays.stream(type.getEnumConstants()).map(words).toList();
    problem(field, label, "choose one of: " + String.join(", ", options));
    return null;
  }

  /** A problem found after reading the values (a rule between fields, a record not theirs). */
  void refuse(String field, String label, String message) {
    problem(field, label, message);
  }

  /** Refuses the form when any value broke its rule; nothing has been written. */
  void check() {
    if (!problems.isEmpty()) {
      throw new MeFormRejected(problems);
    }
  }
}
