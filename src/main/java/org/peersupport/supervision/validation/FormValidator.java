package org.peersupport.supervision.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peersupport.supervision.system.FieldProblem;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The one validation path for every form: variables, bound to the form's {@link TaskForm} record,
 * checked by Hibernate Validator and by the record's own cross-field rules. Used by the engine (a
 * listener on every user task and start event), by the HTTP edge and by the product's own API.
 */
@Component
public class FormValidator {

  private static final String BASE_PACKAGE = "org.peersupport.supervision";

  private final Validator validator;
  private final Map<String, Class<? extends Record>> recordsByFormId;

  public FormValidator(Validator validator) {
    this.validator = validator;
    this.recordsByFormId = scanFormRecords();
  }

  /** The form ids that have a record. */
  public Set<String> formIds() {
    return recordsByFormId.keySet();
  }

  public Optional<Class<? extends Record>> recordFor(String formId) {
    return Optional.ofNullable(recordsByFormId.get(formId));
  }

  /** The field keys a form may submit, in the record's order. */
  public Set<String> fieldNames(String formId) {
    Class<? extends Record> type = recordsByFormId.get(formId);
    if (type == null) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      names.add(component.getName());
    }
    return names;
  }

  /**
   * Binds and validates; answers the typed record or throws {@link FormRejectedException} naming every
   * bad field.
   */
  public Record validate(String formId, Map<String, ?> variables) {
    Class<? extends Record> type = recordsByFormId.get(formId);
    if (type == null) {
      throw new IllegalStateException("no form record for form '" + formId + "'");
    }
    return validate(formId, type, variables);
  }

  public <R extends Record> R validate(String formId, Class<R> type, Map<String, ?> variables) {
    FormBinder.Bound<R> bound = FormBinder.bind(type, variables);
    List<FieldProblem> problems = new ArrayList<>(bound.problems());
    Set<String> badFields = new LinkedHashSet<>();
    problems.forEach(p -> badFields.add(p.field()));
    for (ConstraintViolation<R> violation : validator.validate(bound.value())) {
      String field = violation.getPropertyPath().toString();
      if (!badFields.contains(field)) {
        problems.add(new FieldProblem(field, violation.getMessage()));
      }
    }
    if (problems.isEmpty() && bound.value() instanceof CrossFieldChecked checked) {
      problems.addAll(checked.crossFieldProblems());
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(p -> order(type, p.field())));
      throw new FormRejectedException(formId, problems);
    }
    return bound.value();
  }

  /**
   * The form record of a step, read from the variables the engine holds (e.g. in a listener of that
   * step), validated like a submission.
   */
  public <R extends Record> R read(Class<R> type, Map<String, ?> variables) {
    return validate(type.getAnnotation(TaskForm.class).value(), type, variables);
  }

  /** Names among {@code submitted} that the form does not define, sorted. */
  public List<String> unknownFields(String formId, Set<String> submitted) {
    Set<String> known = fieldNames(formId);
    return submitted.stream().filter(name -> !known.contains(name)).sorted().toList();
  }

  private static int order(Class<? extends Record> type, String field) {
    String head = field.split("[.\\[]", 2)[0];
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(head)) {
        return i;
      }
    }
    return components.length;
  }

  /**
   * Every text field of a form has a maximum length within what the engine stores in a String variable
   * ({@link TextLengthLimit#MAX_CHARACTERS}), so that an over-long answer is refused here, naming the field
   * by its label, and never reaches the engine's own, label-less refusal (or the database).
   */
  static void requireStorableText(Class<? extends Record> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getType() != String.class) {
        continue;
      }
      Size size;
      try {
        size = type.getDeclaredField(component.getName()).getAnnotation(Size.class);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
      if (size == null || size.max() > TextLengthLimit.MAX_CHARACTERS) {
        throw new IllegalStateException(type.getName() + "." + component.getName()
            + " needs @Size(max = ...) of at most " + TextLengthLimit.MAX_CHARACTERS + " characters");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Class<? extends Record>> scanFormRecords() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(
          org.springframework.beans.factory.annotation.AnnotatedBeanDefinition beanDefinition) {
        return beanDefinition.getMetadata().isIndependent();
      }
    };
    scanner.addIncludeFilter(new AnnotationTypeFilter(TaskForm.class));
    Map<String, Class<? extends Record>> records = new HashMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
      Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), FormValidator.class.getClassLoader());
      if (!type.isRecord()) {
        throw new IllegalStateException(type.getName() + " is marked @TaskForm but is not a record");
      }
      String formId = type.getAnnotation(TaskForm.class).value();
      requireStorableText((Class<? extends Record>) type);
      Class<? extends Record> previous = records.put(formId, (Class<? extends Record>) type);
      if (previous != null) {
        throw new IllegalStateException("two records for form '" + formId + "': " + previous.getName()
            + " and " + type.getName());
      }
    }
    return Map.copyOf(records);
  }
}
