package org.peersupport.supervision.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every form in forms/ is one a form editor can open and check: it names form-js's JSON schema, it is
 * valid against that schema (the copy of {@code @bpmn-io/form-json-schema} 1.18.0's
 * {@code resources/schema.json} under src/test/resources/form-json-schema, bundled from its sources).
 */
class FormSchemaTest {

  static final String SCHEMA_URL = "https://unpkg.com/@bpmn-io/form-json-schema/resources/schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The vendored schema, draft 07 as it declares; its references all point inside the file. */
  private JsonSchema schema() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/form-json-schema/schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void everyFormNamesTheFormJsSchemaAndIsValidAgainstIt() throws IOException {
    JsonSchema schema = schema();
    List<Path> forms = FormsMatchRecordsTest.files("forms", ".form");
    assertThat(forms).hasSizeGreaterThan(30);
    List<String> problems = new ArrayList<>();
    for (Path file : forms) {
      JsonNode form = JSON.readTree(file.toFile());
      assertThat(form.path("$schema").asText()).as("$schema of " + file).isEqualTo(SCHEMA_URL);
      for (ValidationMessage message : schema.validate(form)) {
        problems.add(file.getFileName() + ": " + message.getMessage());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatFormJsRefuses() throws IOException {
    JsonSchema schema = schema();
    JsonNode broken = JSON.readTree("""
        {"type": "default", "id": "broken", "schemaVersion": 16, "components": [
          {"type": "textfield", "id": "field-no-key", "label": "No key"},
          {"type": "checkbox", "id": "field-flag", "key": "flag", "validate": {"required": "yes"}},
          {"type": "text", "id": "text-with-key", "key": "notAllowed", "text": "hello"}]}
        """);
    assertThat(schema.validate(broken)).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
        .contains("$.components[0]", "$.components[1].validate.required", "$.components[2].key");
  }
}
