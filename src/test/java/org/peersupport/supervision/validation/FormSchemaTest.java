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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every form in forms/ is one a form editor can open and check: it names form-js's JSON schema, it is
 * valid against that schema (the copy of {@code @bpmn-io/form-json-schema} 1.18.0's
 * {@code resources/schema.json} under src/test/resources/form-json-schema, bundled from its sources), and
 * its component ids say what the component is instead of the editor's {@code Field_<n>}: an input's id is
 * {@code field-} and its key, a list's {@code list-} and its path, a text's starts with {@code text-};
 * every id is one form-js accepts and none repeats in its form.
 */
class FormSchemaTest {

  static final String SCHEMA_URL = "https://unpkg.com/@bpmn-io/form-json-schema/resources/schema.json";

  /** form-js-editor's own rule for an id (IdEntry.js: a QName without prefix). */
  private static final Pattern FORM_JS_ID = Pattern.compile("^[a-z_][\\w-.]*$", Pattern.CASE_INSENSITIVE);

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

  @Test
  void componentIdsSayWhatTheComponentIsAndNoneRepeats() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : FormsMatchRecordsTest.files("forms", ".form")) {
      JsonNode form = JSON.readTree(file.toFile());
      Set<String> seen = new HashSet<>(Set.of(form.get("id").asText()));
      checkIds(file.getFileName().toString(), form.get("components"), seen, problems);
    }
    assertThat(problems).isEmpty();
  }

  /** The usability review's finding: nothing confirmed a task was sent or said what happens after it. */
  static final String WHAT_HAPPENS_NEXT_ID = "text-what-happens-next";
  static final String WHAT_HAPPENS_NEXT = "**What happens next:**";

  /** A code (a choice's value, an enum constant) where a person should read words. */
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,}(_[A-Z]+)+");

  /**
   * Every form ends by telling the person, in words, what completing (or starting) it does: its last
   * top-level component is the text {@value #WHAT_HAPPENS_NEXT_ID}, which opens with
   * {@value #WHAT_HAPPENS_NEXT}, says something after it, and names no code.
   */
  @Test
  void everyFormSaysWhatHappensNext() throws IOException {
    List<Path> forms = FormsMatchRecordsTest.files("forms", ".form");
    assertThat(forms).hasSizeGreaterThan(30);
    List<String> problems = new ArrayList<>();
    for (Path file : forms) {
      String form = file.getFileName().toString();
      JsonNode components = JSON.readTree(file.toFile()).path("components");
      JsonNode last = components.isArray() && components.size() > 0 ? components.get(components.size() - 1) : null;
      if (last == null || !"text".equals(last.path("type").asText())
          || !WHAT_HAPPENS_NEXT_ID.equals(last.path("id").asText())) {
        problems.add(form + ": the last component is not the text " + WHAT_HAPPENS_NEXT_ID);
        continue;
      }
      String text = last.path("text").asText();
      if (!text.startsWith(WHAT_HAPPENS_NEXT)) {
        problems.add(form + ": what happens next does not start with " + WHAT_HAPPENS_NEXT);
      } else if (text.substring(WHAT_HAPPENS_NEXT.length()).strip().split("\\s+").length < 3) {
        problems.add(form + ": says nothing after " + WHAT_HAPPENS_NEXT);
      }
      Matcher code = CODE.matcher(text);
      if (code.find()) {
        problems.add(form + ": what happens next names the code " + code.group() + ", not words");
      }
    }
    assertThat(problems).isEmpty();
  }

  private void checkIds(String form, JsonNode components, Set<String> seen, List<String> problems) {
    for (JsonNode component : components) {
      String id = component.path("id").asText();
      String type = component.get("type").asText();
      String where = form + " " + type + " " + id;
      if (id.startsWith("Field_")) {
        problems.add(where + ": an editor id (Field_<n>), not one that says what the component is");
      }
      if (!FORM_JS_ID.matcher(id).matches()) {
        problems.add(where + ": not an id form-js accepts");
      }
      if (!seen.add(id)) {
        problems.add(where + ": the id repeats in the form");
      }
      String expected = component.has("key") ? "field-" + kebab(component.get("key").asText())
          : type.equals("dynamiclist") ? "list-" + kebab(component.get("path").asText())
          : null;
      if (expected != null && !id.equals(expected)) {
        problems.add(where + ": should be " + expected);
      }
      if (type.equals("text") && !id.startsWith("text-")) {
        problems.add(where + ": a text's id starts with text-");
      }
      if (component.has("components")) {
        checkIds(form, component.get("components"), seen, problems);
      }
    }
  }

  /**
   * Supervision is supportive, never disciplinary: no form's words and no task or event name people
   * read speak of correcting the person (a plan after a review is a support plan; the engine's codes and
   * variable names, such as {@code CORRECTIVE_PLAN} and {@code correctivePlan}, are not read by people).
   */
  @Test
  void noWordPeopleReadIsDisciplinary() throws IOException {
    Pattern disciplinary = Pattern.compile("corrective|sanction|reprimand|misconduct", Pattern.CASE_INSENSITIVE);
    List<String> found = new ArrayList<>();
    for (Path file : FormsMatchRecordsTest.files("forms", ".form")) {
      collectWords(JSON.readTree(file.toFile()).path("components"), file.getFileName().toString(), disciplinary, found);
    }
    Pattern name = Pattern.compile("\\bname=\"([^\"]*)\"");
    for (Path file : FormsMatchRecordsTest.files("bpmn", ".bpmn")) {
      Matcher names = name.matcher(java.nio.file.Files.readString(file));
      while (names.find()) {
        if (disciplinary.matcher(names.group(1)).find()) {
          found.add(file.getFileName() + ": " + names.group(1));
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static void collectWords(JsonNode components, String form, Pattern disciplinary, List<String> found) {
    for (JsonNode component : components) {
      List<String> words = new ArrayList<>();
      for (String key : List.of("label", "text", "description", "dateLabel")) {
        words.add(component.path(key).asText(""));
      }
      component.path("values").forEach(v -> words.add(v.path("label").asText("")));
      for (String text : words) {
        // what people read: the words around the templates (a template's variable names are not shown)
        String shown = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL).matcher(text).replaceAll("");
        if (disciplinary.matcher(shown).find()) {
          found.add(form + " " + component.path("id").asText() + ": " + text);
        }
      }
      collectWords(component.path("components"), form, disciplinary, found);
    }
  }

  /** {@code ownRecoveryAnswer} becomes {@code own-recovery-answer}. */
  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
