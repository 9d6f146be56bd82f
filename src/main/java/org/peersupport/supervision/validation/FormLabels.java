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

  private static final Map<String, Map<String, String>> LABELS = load();

  private FormLabels() {}

  static String of(String formId, String field) {
    String key = field.split("[.\\[]", 2)[0];
    return LABELS.getOrDefault(formId, Map.of()).get(key);
  }

  private static Map<String, Map<String, String>> load() {
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, String>> labels = new HashMap<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver(FormLabels.class.getClassLoader())
          .getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          JsonNode root = json.readTree(in);
          Map<String, String> fields = new HashMap<>();
          collect(root.path("components"), fields);
          labels.put(root.path("id").asText(), Map.copyOf(fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the forms' labels", e);
    }
    return Map.copyOf(labels);
  }

  private static void collect(JsonNode components, Map<String, String> fields) {
    for (JsonNode component : components) {
      String key = component.has("key") ? component.get("key").asText()
          : component.has("path") ? component.get("path").asText() : null;
      String label = component.has("label") ? component.get("label").asText()
          : component.has("dateLabel") ? component.get("dateLabel").asText() : null;
      if (key != null && label != null && !label.isBlank()) {
        fields.putIfAbsent(key, label.strip());
      }
      if (!component.has("path") && component.has("components")) {
        collect(component.get("components"), fields);
      }
    }
  }
}
