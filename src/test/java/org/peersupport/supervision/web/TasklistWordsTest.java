package org.peersupport.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's English words are Camunda's own file (locales/en.json in the webapp's webjar) with the
 * product's copy in front of it on the class path. The copy changes exactly the labels named here, and
 * holds every other label of Camunda's file unchanged, so a Tasklist upgrade that renames or adds a
 * label fails here instead of showing a key to people.
 */
class TasklistWordsTest {

  private static final String PATH = "META-INF/resources/webjars/camunda/app/tasklist/locales/en.json";

  /** What the product says instead of Camunda's words, and why it may. */
  private static final Map<String, String> CHANGED = Map.of(
      // a refusal's own words follow ("Please correct: Date of the session: …"), the title says the outcome
      "COMPLETE_ERROR", "Not saved",
      "PROCESS_START_ERROR", "Not started");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theProductsWordsAreCamundasWithTheNamedLabelsChanged() throws IOException {
    List<URL> files = Collections.list(getClass().getClassLoader().getResources(PATH));
    assertThat(files).as("the product's file first, then the webjar's").hasSize(2);
    assertThat(files.get(0).toString()).doesNotContain("camunda-webapp-webjar");
    assertThat(files.get(1).toString()).contains("camunda-webapp-webjar");
    JsonNode product = read(files.get(0));
    JsonNode camunda = read(files.get(1));

    Map<String, String> changed = new TreeMap<>();
    camunda.get("labels").fields().forEachRemaining(label -> {
      JsonNode ours = product.get("labels").get(label.getKey());
      assertThat(ours).as("label %s", label.getKey()).isNotNull();
      if (!ours.equals(label.getValue())) {
        changed.put(label.getKey(), ours.asText());
      }
    });
    assertThat(changed).isEqualTo(new TreeMap<>(CHANGED));
    assertThat(product.get("labels").size()).isEqualTo(camunda.get("labels").size());
    assertThat(product.get("dateLocales")).isEqualTo(camunda.get("dateLocales"));
    assertThat(product.size()).isEqualTo(camunda.size());
  }

  private static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
