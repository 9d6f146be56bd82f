package org.peersupport.supervision.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The forms, their records and the diagrams agree: every form in forms/ has a record whose components
 * are exactly its field keys (nested list items too) and every enum option is a constant of the
 * record's enum; every user task and start form in bpmn/ names a form that exists.
 */
class FormsMatchRecordsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final FormValidator validator = new FormValidator(Validation.buildDefaultValidatorFactory().getValidator());

  static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void everyFormHasARecordWithExactlyItsFields() throws IOException {
    List<String> formIds = new ArrayList<>();
    for (Path file : files("forms", ".form")) {
      JsonNode form = JSON.readTree(file.toFile());
      String id = form.get("id").asText();
      formIds.add(id);
      assertThat(file.getFileName().toString()).isEqualTo(id + ".form");
      Class<? extends Record> record = validator.recordFor(id).orElseThrow(() -> new AssertionError("no @TaskForm record for " + id));
      assertMatches(id, form.get("components"), record);
    }
    assertThat(validator.formIds()).containsExactlyInAnyOrderElementsOf(formIds);
  }

  private void assertMatches(String where, JsonNode components, Class<?> record) {
    Set<String> keys = new LinkedHashSet<>();
    collect(components, keys, where, record);
    Set<String> fields = new LinkedHashSet<>();
    for (RecordComponent component : record.getRecordComponents()) {
      fields.add(component.getName());
    }
    assertThat(keys).as("fields of " + where).containsExactlyInAnyOrderElementsOf(fields);
  }

  private void collect(JsonNode components, Set<String> keys, String where, Class<?> record) {
    for (JsonNode component : components) {
      String type = component.get("type").asText();
      if (type.equals("dynamiclist")) {
        String path = component.get("path").asText();
        keys.add(path);
        Class<?> item = listElement(record, path);
        assertMatches(where + "." + path, component.get("components"), item);
      } else if (component.has("components")) {
        collect(component.get("components"), keys, where, record);
      } else if (component.has("key")) {
        String key = component.get("key").asText();
        keys.add(key);
        assertOptionsAreConstants(where + "." + key, component, componentType(record, key));
      }
    }
  }

  private static void assertOptionsAreConstants(String where, JsonNode component, Class<?> type) {
    if (!component.has("values")) {
      return;
    }
    List<String> options = new ArrayList<>();
    component.get("values").forEach(v -> options.add(v.get("value").asText()));
    if (type.isEnum()) {
      List<String> constants = Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      assertThat(constants).as("options of " + where).containsExactlyInAnyOrderElementsOf(options);
    }
  }

  private static Class<?> componentType(Class<?> record, String name) {
    for (RecordComponent component : record.getRecordComponents()) {
      if (component.getName().equals(name)) {
        if (component.getGenericType() instanceof ParameterizedType list) {
          return (Class<?>) list.getActualTypeArguments()[0];
        }
        return component.getType();
      }
    }
    throw new AssertionError(record.getSimpleName() + " has no component " + name);
  }

  private static Class<?> listElement(Class<?> record, String name) {
    return componentType(record, name);
  }

  @Test
  void everyUserTaskAndStartFormOfEveryDiagramHasAForm() throws IOException {
    Set<String> known = validator.formIds();
    for (Path file : files("bpmn", ".bpmn")) {
      try (InputStream in = Files.newInputStream(file)) {
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          assertThat(task.getCamundaFormRef()).as(file + " " + task.getId() + " has a form").isNotNull();
          assertThat(known).as(file + " " + task.getId()).contains(task.getCamundaFormRef());
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
          if (start.getCamundaFormRef() != null) {
            assertThat(known).as(file + " " + start.getId()).contains(start.getCamundaFormRef());
          }
        }
      }
    }
  }
}
