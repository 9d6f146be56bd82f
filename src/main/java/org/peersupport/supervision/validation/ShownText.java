package org.peersupport.supervision.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A read-only view the product prepares for a form's text component: its own headings and labels in bold,
 * and every value (people's words, names, and the product's own labels alike) as {@link PlainText}, so
 * nothing in it can become a link, an image or HTML. A listener puts the result on a task as a local
 * variable named {@code …Shown}; the form shows it as {@code {{…Shown}}}.
 */
public final class ShownText {

  private final List<String> paragraphs = new ArrayList<>();

  /** A heading of the product's own (never people's words): "#### Heading". */
  public ShownText heading(String heading) {
    paragraphs.add("#### " + PlainText.markdown(heading));
    return this;
  }

  /** "**Label:** value" ("**Question?** value"); nothing when the value is empty. */
  public ShownText line(String label, Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isBlank()) {
      String heading = label.strip().endsWith("?") ? label.strip() : label.strip() + ":";
      paragraphs.add("**" + PlainText.markdown(heading) + "** " + lines(text));
    }
    return this;
  }

  /** "**Label:** a, b, c"; "none" when there are none. */
  public ShownText list(String label, Collection<String> values) {
    return line(label, values == null || values.isEmpty() ? "none" : String.join(", ", values));
  }

  /** One entry of a list, as a bullet. */
  public ShownText bullet(String text) {
    paragraphs.add("- " + lines(text));
    return this;
  }

  /** A paragraph of text. */
  public ShownText paragraph(String text) {
    if (text != null && !text.isBlank()) {
      paragraphs.add(lines(text));
    }
    return this;
  }

  public boolean isEmpty() {
    return paragraphs.isEmpty();
  }

  /** The Markdown for the text component. */
  @Override
  public String toString() {
    return String.join("\n\n", paragraphs);
  }

  /** The words as plain text, each line break kept as a line break. */
  private static String lines(String text) {
    return PlainText.markdown(text.strip()).replace("\r\n", "\n").replace("\n", "  \n");
  }
}
