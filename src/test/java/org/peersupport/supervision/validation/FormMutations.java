package org.peersupport.supervision.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad submissions generated from a form's record and one valid submission: for every field a value of
 * the wrong type, for every text field one character too many, for every enum an unknown constant, for
 * every required field its absence. Each must be refused naming that field.
 */
public final class FormMutations {

  public record Mutation(String description, String field, Map<String, Object> submission) {
    @Override
    public String toString() {
      return description;
    }
  }

  private FormMutations() {}

  public static List<Mutation> of(Class<? extends Record> record, Map<String, Object> valid) {
    List<Mutation> mutations = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName();
      Class<?> type = component.getType();
      mutations.add(change(name, "wrong type", wrongTypeFor(type), valid));
      java.lang.reflect.Field field = field(record, name);
      if (type == String.class) {
        Size size = field.getAnnotation(Size.class);
        if (size == null) {
          throw new AssertionError(record.getSimpleName() + "." + name + " is text without a maximum length");
        }
        mutations.add(change(name, "oversized (" + (size.max() + 1) + " characters)", "x".repeat(size.max() + 1), valid));
      }
      if (type.isEnum()) {
        mutations.add(change(name, "unknown constant", "NOT_A_CONSTANT", valid));
      }
      if (type == LocalDate.class) {
        mutations.add(change(name, "date out of range", "1900-01-01", valid));
      }
      if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
          || field.isAnnotationPresent(NotEmpty.class)) {
        Map<String, Object> missing = new HashMap<>(valid);
        missing.remove(name);
        mutations.add(new Mutation(name + ": missing", name, missing));
      }
    }
    return mutations;
  }

  private static java.lang.reflect.Field field(Class<?> record, String name) {
    try {
      return record.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static Mutation change(String name, String what, Object value, Map<String, Object> valid) {
    Map<String, Object> changed = new HashMap<>(valid);
    changed.put(name, value);
    return new Mutation(name + ": " + what, name, changed);
  }

  private static Object wrongTypeFor(Class<?> type) {
    if (type == String.class || type.isEnum() || type == LocalDate.class) {
      return 42;
    }
    if (type == Integer.class || type == java.math.BigDecimal.class) {
      return "several";
    }
    if (type == Boolean.class) {
      return "perhaps";
    }
    if (type == List.class) {
      return 7;
    }
    throw new AssertionError("no wrong value for " + type);
  }
}
