package org.peersupport.supervision.validation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The words people see on the forms, for the product to show again elsewhere (a later form, a record, a
 * refusal): a field's label, and the label of a value people chose ("Intentional self-disclosure", never
 * {@code SELF_DISCLOSURE}). Read from the deployed forms, so a form and what is shown of it never disagree.
 */
public final class FormWords {

  private FormWords() {}

  /** The label of a form's field ({@code actionItems.owner} for a field inside a list), or null. */
  public static String label(String formId, String field) {
    return FormLabels.of(formId, field);
  }

  /**
   * The words for a value people chose from a form's field (a select, radio or checklist;
   * {@code actionItems.owner} inside a list); a value the form does not offer is shown as it is.
   */
  public static String choice(String formId, String field, Object value) {
    if (value == null) {
      return null;
    }
    String words = FormLabels.choice(formId, field, value.toString());
    return words != null ? words : value.toString();
  }

  /** The words for several chosen values, in their order. */
  public static List<String> choices(String formId, String field, Collection<?> values) {
    return values == null ? List.of()
        : values.stream().filter(Objects::nonNull).map(v -> choice(formId, field, v)).toList();
  }
}
