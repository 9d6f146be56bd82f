package org.peersupport.supervision.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.validation.FormValidator;
import org.springframework.beans.factory.annotation.Autowired;

/** Each form of the reflection submits exactly the fields of its record, so the server validates all of it. */
@ProcessTest
class ReflectionFormsMatchRecordsTest {

  @Autowired FormValidator forms;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"disclosure-reflection-start", "disclosure-reflection-reflection",
      "disclosure-reflection-review", "disclosure-reflection-plan-agreement",
      "disclosure-reflection-follow-up-review", "disclosure-reflection-wellness-support",
      "disclosure-reflection-ethics-consultation"})
  void formFieldsAreTheRecordsComponents(String formId) throws Exception {
    JsonNode form;
    try (InputStream in = getClass().getResourceAsStream("/forms/" + formId + ".form")) {
      form = new ObjectMapper().readTree(in);
    }
    assertThat(form.get("id").asText()).isEqualTo(formId);
    Set<String> keys = new LinkedHashSet<>();
    collectKeys(form.get("components"), keys);
    assertThat(forms.recordFor(formId)).isPresent();
    assertThat(keys).containsExactlyInAnyOrderElementsOf(forms.fieldNames(formId));
  }

  /** The keys of the form's fields, also those inside a group (a group without a path keeps its fields' keys). */
  private static void collectKeys(JsonNode components, Set<String> keys) {
    components.forEach(c -> {
      if (c.has("key")) {
        keys.add(c.get("key").asText());
      }
      if (c.has("components")) {
        collectKeys(c.get("components"), keys);
      }
    });
  }
}
