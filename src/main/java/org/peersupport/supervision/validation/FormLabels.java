package org.peersupport.supervision.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The labels people see for each form field (read from the deployed forms), so that a refusal can
 * say "Your answer: own recovery and wellness" and not only {@code ownRecoveryAnswer}.
 */
final class FormLabels {

  private static final Map<String, Map<String, String>> LABELS = new HashMap<>();
  /** Per form, per field: the label people see for each value they choose from. */
  private static final Map<String, Map<String, Map<String, String>>> CHOICES = new HashMap<>();

  static {
    load();
  }

  private FormLabels() {}

  /** A field inside a list: {@code actionItems[1].owner}. */
  private static final java.util.regex.Pattern IN_LIST = java.util.regex.Pattern.compile("^(\\w+)\\[(\\d+)]\\.(\\w+)");

  /**
   * The label people see for a field, or null: a field inside a list says which entry, counted from one as
   * people count ("Action items, item 2: Who").
   */
  static String of(String formId, String field) {
    Map<String, String> labels = LABELS.getOrDefault(formId, Map.of());
    java.util.regex.Matcher inList = IN_LIST.matcher(field);
    if (inList.find()) {
      String list = labels.get(inList.group(1));
      String inner = labels.get(inList.group(1) + "." + inList.group(3));
      if (list != null) {
        String entry = list + ", item " + (Integer.parseInt(inList.group(2)) + 1);
        return inner == null ? entry : entry + ": " + inner;
      }
    }
    String key = field.split("[.\\[]", 2)[0];
    return labels.get(key);
  }

  /** The words people see for a value of a field they choose from (select, radio, checklist), or null. */
  static String choice(String formId, String field, String value) {
    return CHOICES.getOrDefault(formId, Map.of()).getOrDefault(field, Map.of()).get(value);
  }

  private static void load() {
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver(FormLabels.class.getClassLoader())
          .getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          JsonNode root = json.readTree(in);
          Map<String, String> fields = new HashMap<>();
          Map<String, Map<String, String>> choices = new HashMap<>();
          collect(root.path("components"), fields, choices, "");
          LABELS.put(root.path("id").asText(), Map.copyOf(fields));
          CHOICES.put(root.path("id").asText(), Map.copyOf(choices));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the forms' labels", e);
    }
  }

  private static void collect(JsonNode components, Map<String, String> fields,
      Map<String, Map<String, String>> choices, String prefix) {
    for (JsonNode component : components) {
      String key = component.has("key") ? component.get("key").asText()
          : component.has("path") ? component.get("path").asText() : null;
      String label = component.has("label") ? component.get("label").asText()
          : component.has("dateLabel") ? component.get("dateLabel").asText() : null;
      if (key != null && label != null && !label.isBlank()) {
        fields.putIfAbsent(prefix + key, label.strip());
      }
      if (key != null && component.path("values").isArray()) {
        Map<String, String> words = new HashMap<>();
        component.path("values").forEach(v -> words.put(v.path("value").asText(), v.path("label").asText()));
        choices.putIfAbsent(prefix + key, Map.copyOf(words));
      }
      if (component.has("components")) {
        // a list's fields are named within it ("actionItems.owner"); a plain group's fields are the form's own
        collect(component.get("components"), fields, choices,
            component.has("path") ? prefix + component.get("path").asText() + "." : prefix);
      }
    }
  }
}
