package org.peersupport.supervision.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersupport.supervision.validation.FormMutations;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;

/** Each form of the supervision cycle: a valid submission passes; every kind of bad one names its field. */
class CycleFormValidationTest {

  static final FormValidator VALIDATOR = new FormValidator(Validation.buildDefaultValidatorFactory().getValidator());

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("supervision-cycle-start", CycleStartForm.class, CycleForms.start("alex")),
        Arguments.of("supervision-cycle-assign-prompts", AssignPromptsForm.class, CycleForms.assignPrompts(LocalDate.now().plusDays(3))),
        Arguments.of("supervision-cycle-reflection", ReflectionForm.class, withAllAnswers(CycleForms.reflection())),
        Arguments.of("supervision-cycle-session-record", SessionRecordForm.class, CycleForms.sessionRecord(false)),
        Arguments.of("supervision-cycle-review-record", SessionReviewForm.class, CycleForms.acknowledge()),
        Arguments.of("supervision-cycle-wellness-plan", WellnessPlanForm.class, CycleForms.wellnessPlan()),
        Arguments.of("supervision-cycle-confirm-wellness-plan", WellnessPlanConfirmationForm.class, CycleForms.confirmPlan()));
  }

  static Map<String, Object> withAllAnswers(Map<String, Object> reflection) {
    for (ReflectionPrompt prompt : ReflectionPrompt.values()) {
      reflection.putIfAbsent(prompt.answerField(), "An answer.");
    }
    reflection.put("additionalPromptAnswer", "Another answer.");
    return reflection;
  }

  static Stream<Arguments> mutations() {
    return forms().flatMap(args -> {
      String formId = (String) args.get()[0];
      @SuppressWarnings("unchecked")
      Class<? extends Record> record = (Class<? extends Record>) args.get()[1];
      @SuppressWarnings("unchecked")
      Map<String, Object> valid = (Map<String, Object>) args.get()[2];
      return FormMutations.of(record, valid).stream().map(m -> Arguments.of(formId, Named.of(formId + " " + m.description(), m)));
    });
  }

  @ParameterizedTest(name = "{0} accepts a valid submission")
  @MethodSource("forms")
  void validSubmissionIsAccepted(String formId, Class<? extends Record> record, Map<String, Object> valid) {
    assertThat(VALIDATOR.validate(formId, valid)).isInstanceOf(record);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("mutations")
  void badSubmissionIsRefusedNamingTheField(String formId, FormMutations.Mutation mutation) {
    FormRejectedException refused = catchThrowableOfType(FormRejectedException.class,
        () -> VALIDATOR.validate(formId, mutation.submission()));
    assertThat(refused).as(mutation.description()).isNotNull();
    assertThat(refused.problems()).as(mutation.description())
        .anySatisfy(problem -> assertThat(problem.field()).startsWith(mutation.field()));
  }

  @Test
  void aCorrectionRequestNeedsToSayWhat() {
    assertThatThrownBy(() -> VALIDATOR.validate("supervision-cycle-review-record",
        Map.of("recordDecision", "REQUEST_CORRECTION")))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("correctionRequest: say what should be corrected");
  }

  @Test
  void signingNeedsTheAttestationTicked() {
    assertThatThrownBy(() -> VALIDATOR.validate("supervision-cycle-review-record",
        Map.of("recordDecision", "ACKNOWLEDGE", "attestation", false)))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("attestation: must be ticked");
  }

  @Test
  void anActionItemNeedsWhatWhoAndWhen() {
    Map<String, Object> record = CycleForms.sessionRecord(false);
    record.put("actionItems", CycleForms.json("[{\"what\":\"\",\"owner\":\"NOBODY\"}]"));
    FormRejectedException refused = catchThrowableOfType(FormRejectedException.class,
        () -> VALIDATOR.validate("supervision-cycle-session-record", record));
    assertThat(refused.problems()).extracting(p -> p.field())
        .contains("actionItems[0].what", "actionItems[0].owner", "actionItems[0].dueDate");
  }

  @Test
  void theDueDateIsAtMostNinetyDaysAway() {
    assertThatThrownBy(() -> VALIDATOR.validate("supervision-cycle-assign-prompts",
        CycleForms.assignPrompts(LocalDate.now().plusDays(91))))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("reflectionDueDate: must be within 90 days");
  }

  @Test
  void aSessionMoreThanAQuarterAgoIsRefused() {
    Map<String, Object> record = CycleForms.sessionRecord(false);
    record.put("sessionDate", LocalDate.now().minusDays(93).toString());
    assertThatThrownBy(() -> VALIDATOR.validate("supervision-cycle-session-record", record))
        .isInstanceOf(FormRejectedException.class).hasMessageContaining("sessionDate: must be within the last 92 days");
  }
}
