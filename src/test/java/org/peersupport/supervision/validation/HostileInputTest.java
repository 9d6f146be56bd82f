package org.peersupport.supervision.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersupport.supervision.system.FieldProblem;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Hostile input against every form in forms/, generated from the forms' records: wrong types, missing
 * required fields, text one character too long, unknown enum constants, dates out of range must each
 * be refused naming the field; expression and script injection in text is accepted only as inert
 * text (bound unchanged, never evaluated). Every form must have a valid sample ({@link FormSamples}).
 */
class HostileInputTest {

  static final FormValidator VALIDATOR = new FormValidator(Validation.buildDefaultValidatorFactory().getValidator());
  static final List<String> INJECTIONS = List.of("${execution.setVariable('supervisorId','alex')}",
      "#{runtimeService.deleteProcessInstance('x','y')}", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");

  static Map<String, Map<String, Object>> samples() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(FormSamples.class));
    Map<String, Map<String, Object>> samples = new TreeMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.peersupport.supervision")) {
      try {
        Class<?> type = ClassUtils.forName(definition.getBeanClassName(), HostileInputTest.class.getClassLoader());
        samples.putAll(((FormSamples) type.getDeclaredConstructor().newInstance()).samples());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return samples;
  }

  static Stream<Arguments> forms() {
    return samples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<Arguments> mutations() {
    List<Arguments> all = new ArrayList<>();
    samples().forEach((formId, valid) -> {
      Class<? extends Record> record = VALIDATOR.recordFor(formId).orElseThrow();
      for (FormMutations.Mutation mutation : FormMutations.of(record, valid)) {
        all.add(Arguments.of(formId, Named.of(formId + " " + mutation.description(), mutation)));
      }
    });
    return all.stream();
  }

  @Test
  void everyFormInTheFormsFolderHasASample() throws java.io.IOException {
    List<String> formIds = new ArrayList<>();
    for (java.nio.file.Path file : FormsMatchRecordsTest.files("forms", ".form")) {
      formIds.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).get("id").asText());
    }
    assertThat(samples().keySet()).as("forms in forms/ with a valid sample in a FormSamples of their feature")
        .containsExactlyInAnyOrderElementsOf(formIds);
  }

  @ParameterizedTest(name = "{0}: the sample is valid")
  @MethodSource("forms")
  void theSampleIsValid(String formId, Map<String, Object> sample) {
    assertThat(VALIDATOR.validate(formId, sample)).isNotNull();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("mutations")
  void badValueIsRefusedNamingTheField(String formId, FormMutations.Mutation mutation) {
    FormRejectedException refused = catchThrowableOfType(FormRejectedException.class,
        () -> VALIDATOR.validate(formId, mutation.submission()));
    assertThat(refused).as(mutation.description() + " must be refused").isNotNull();
    assertThat(refused.problems()).anySatisfy(p -> assertThat(p.field()).startsWith(mutation.field()));
    for (FieldProblem problem : refused.problems()) {
      assertThat(refused.getMessage()).as("the refusal never repeats the submitted value")
          .doesNotContain("xxxxxxxxxxxxxxxxxxxx").doesNotContain("NOT_A_CONSTANT").doesNotContain("1900-01-01");
    }
  }

  @ParameterizedTest(name = "{0}: injection in text stays inert text")
  @MethodSource("forms")
  void injectionInTextIsKeptAsInertText(String formId, Map<String, Object> sample) throws Exception {
    Class<? extends Record> record = VALIDATOR.recordFor(formId).orElseThrow();
    for (RecordComponent component : record.getRecordComponents()) {
      if (component.getType() != String.class || !sample.containsKey(component.getName())
          || record.getDeclaredField(component.getName()).isAnnotationPresent(jakarta.validation.constraints.Pattern.class)) {
        continue;
      }
      for (String injection : INJECTIONS) {
        Map<String, Object> hostile = new HashMap<>(sample);
        hostile.put(component.getName(), injection);
        Record bound = VALIDATOR.validate(formId, hostile);
        assertThat(component.getAccessor().invoke(bound)).as(formId + "." + component.getName()).isEqualTo(injection);
      }
    }
  }
}
