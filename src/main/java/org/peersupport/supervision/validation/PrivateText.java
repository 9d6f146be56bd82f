package org.peersupport.supervision.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which process variables hold private text, named by the forms themselves: every text a person types
 * (a form's {@code textarea} and {@code textfield}, and a list that holds one, e.g. the session record's
 * action items), every copy of earlier text a listener puts on a task for a form to show (a variable
 * whose name ends in {@value #SHOWN}), and {@value #WORK_HOURS_SUMMARY}, the work-hours lines with the
 * specialist's notes. A new form's free text is private the day the form is added; nothing has to be
 * listed. Choices, dates, numbers, people's ids and the product's own words are not private text.
 */
public final class PrivateText {

  static final String SHOWN = "Shown";
  static final String WORK_HOURS_SUMMARY = "entriesSummary";
  private static final Set<String> TEXT_FIELDS = Set.of("textarea", "textfield");

  private static final Set<String> NAMES = load();

  private PrivateText() {}

  /** Whether the variable of that name holds private text. */
  public static boolean isPrivate(String variableName) {
    return variableName != null
        && (NAMES.contains(variableName) || variableName.endsWith(SHOWN) || variableName.equals(WORK_HOURS_SUMMARY));
  }

  /** The form fields that hold private text (the variables a form submission writes). */
  public static Set<String> formFields() {
    return NAMES;
  }

  private static Set<String> load() {
    ObjectMapper json = new ObjectMapper();
    Set<String> names = new TreeSet<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver(PrivateText.class.getClassLoader())
          .getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in).path("components"), null, names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the forms", e);
    }
    return Set.copyOf(names);
  }

  /** Adds the text fields' keys; inside a list, the list's variable (the list is kept as one value). */
  private static void collect(JsonNode components, String list, Set<String> names) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (TEXT_FIELDS.contains(type) && component.has("key")) {
        names.add(list != null ? list : component.get("key").asText());
      }
      if (component.has("components")) {
        collect(component.get("components"),
            list != null ? list : "dynamiclist".equals(type) ? component.path("path").asText(null) : null, names);
      }
    }
  }
}
