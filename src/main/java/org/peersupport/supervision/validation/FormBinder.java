package org.peersupport.supervision.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.system.FieldProblem;

/**
 * Turns submitted variables (as the engine or Camunda's REST API hold them) into a form record. Every
 * value that has the wrong type is reported by field name; a wrong value never throws.
 *
 * <p>Types a record component may have: String, Integer, BigDecimal (a decimal such as hours), Boolean,
 * LocalDate, an enum, a nested record, or a List of those. Blank text and null count as absent.
 */
final class FormBinder {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LIST_SIZE = 100;

  private FormBinder() {}

  record Bound<R>(R value, List<FieldProblem> problems) {}

  static <R extends Record> Bound<R> bind(Class<R> type, Map<String, ?> values) {
    List<FieldProblem> problems = new ArrayList<>();
    R record = bindRecord(type, values, "", problems);
    return new Bound<>(record, problems);
  }

  private static <R extends Record> R bindRecord(Class<R> type, Map<String, ?> values, String prefix,
      List<FieldProblem> problems) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Object raw = unwrap(values.get(component.getName()));
      args[i] = convert(raw, component.getGenericType(), prefix + component.getName(), problems);
    }
    try {
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("form record " + type.getSimpleName() + " refused its values", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("form record " + type.getSimpleName() + " cannot be built", e);
    }
  }

  private static Object unwrap(Object raw) {
    if (raw instanceof TypedValue typed) {
      raw = typed.getValue();
    }
    if (raw instanceof SpinJsonNode node) {
      return parseJson(node.toString());
    }
    if (raw instanceof String text && text.isBlank()) {
      return null;
    }
    return raw;
  }

  private static Object parseJson(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object convert(Object raw, Type type, String field, List<FieldProblem> problems) {
    if (raw == null) {
      return null;
    }
    Class<?> target = rawClass(type);
    if (target == String.class) {
      if (raw instanceof String text) {
        return text.strip();
      }
      problems.add(new FieldProblem(field, "must be text"));
      return null;
    }
    if (target == Integer.class) {
      if (raw instanceof Number number && isWhole(number)) {
        return number.intValue();
      }
      if (raw instanceof String text && text.strip().matches("-?\\d{1,9}")) {
        return Integer.valueOf(text.strip());
      }
      problems.add(new FieldProblem(field, "must be a whole number"));
      return null;
    }
    if (target == BigDecimal.class) {
      if (raw instanceof BigDecimal decimal) {
        return decimal;
      }
      if ((raw instanceof Integer || raw instanceof Long || raw instanceof Short) && raw instanceof Number whole) {
        return BigDecimal.valueOf(whole.longValue());
      }
      if ((raw instanceof Double || raw instanceof Float) && raw instanceof Number number
          && Double.isFinite(number.doubleValue())) {
        return BigDecimal.valueOf(number.doubleValue());
      }
      if (raw instanceof String text && text.strip().matches("-?\\d{1,9}(\\.\\d{1,9})?")) {
        return new BigDecimal(text.strip());
      }
      problems.add(new FieldProblem(field, "must be a number"));
      return null;
    }
    if (target == Boolean.class) {
      if (raw instanceof Boolean flag) {
        return flag;
      }
      problems.add(new FieldProblem(field, "must be true or false"));
      return null;
    }
    if (target == LocalDate.class) {
      if (raw instanceof Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      }
      if (raw instanceof String text) {
        try {
          return Dates.dayOf(text);
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      problems.add(new FieldProblem(field, "must be a date (YYYY-MM-DD)"));
      return null;
    }
    if (target.isEnum()) {
      if (raw instanceof String text) {
        for (Object constant : target.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(text)) {
            return constant;
          }
        }
      }
      problems.add(new FieldProblem(field, "must be one of " + Arrays.stream(target.getEnumConstants())
          .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
      return null;
    }
    if (target.isRecord()) {
      if (raw instanceof Map map) {
        return bindRecord((Class<Record>) target, (Map<String, ?>) map, field + ".", problems);
      }
      problems.add(new FieldProblem(field, "must be an object"));
      return null;
    }
    if (target == List.class) {
      Object list = raw instanceof String text ? parseJson(text) : raw;
      if (!(list instanceof Collection<?> items)) {
        problems.add(new FieldProblem(field, "must be a list"));
        return null;
      }
      if (items.size() > MAX_LIST_SIZE) {
        problems.add(new FieldProblem(field, "must have at most " + MAX_LIST_SIZE + " entries"));
        return null;
      }
      Type elementType = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> converted = new ArrayList<>();
      int index = 0;
      for (Object item : items) {
        Object element = convert(unwrap(item), elementType, field + "[" + index++ + "]", problems);
        if (element != null) {
          converted.add(element);
        }
      }
      return converted;
    }
    throw new IllegalStateException("form field type not supported: " + type);
  }

  private static boolean isWhole(Number number) {
    double value = number.doubleValue();
    return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return (Class<?>) type;
  }
}
