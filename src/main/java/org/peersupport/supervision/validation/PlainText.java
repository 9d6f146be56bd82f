package org.peersupport.supervision.validation;

import java.util.List;

/**
 * Text a person wrote, made safe to show in a form's text view. Tasklist's form-js renders a {@code text}
 * component as Markdown (and the HTML Markdown allows) after filling in its {@code {{ variables }}}, so a
 * value like {@code [click here](https://evil.example)} would become a link. Every character that Markdown
 * or HTML gives a meaning becomes a numeric character reference: the browser shows the character, and
 * (CommonMark) a reference never stands for structure, so no link, autolink, image, emphasis, heading,
 * list, table or tag can come out of it.
 *
 * <p>The same table is applied inside the forms: text components show user-written variables through a
 * chain of FEEL {@code replace} calls built from {@link #REFERENCES} (see {@code docs/security.md}); a test
 * checks that the forms and this table agree. Use {@link #markdown(String)} for display values the product
 * prepares in Java that mix its own Markdown with a person's words.
 */
public final class PlainText {

  /** A character and the reference shown instead; {@code &} first and {@code #} second, as the forms apply them. */
  public record Reference(char character, String reference) {}

  public static final List<Reference> REFERENCES = List.of(
      new Reference('&', "&amp;"), new Reference('#', "&#35;"), new Reference('<', "&lt;"),
      new Reference('>', "&gt;"), new Reference('[', "&#91;"), new Reference('(', "&#40;"),
      new Reference(')', "&#41;"), new Reference('*', "&#42;"), new Reference('_', "&#95;"),
      new Reference('`', "&#96;"), new Reference('~', "&#126;"), new Reference('|', "&#124;"),
      new Reference(':', "&#58;"), new Reference('.', "&#46;"), new Reference('@', "&#64;"),
      new Reference('!', "&#33;"), new Reference('=', "&#61;"), new Reference('+', "&#43;"),
      new Reference('-', "&#45;"), new Reference(']', "&#93;"), new Reference('\\', "&#92;"));

  /** Characters the forms' FEEL chain leaves as they are: they need a backslash in a FEEL pattern. */
  static final String JAVA_ONLY = "]\\";

  private PlainText() {}

  /** The text with every Markdown or HTML character as a reference; null stays null. */
  public static String markdown(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder plain = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      plain.append(reference(c));
    }
    return plain.toString();
  }

  private static String reference(char c) {
    for (Reference r : REFERENCES) {
      if (r.character() == c) {
        return r.reference();
      }
    }
    return String.valueOf(c);
  }

  /** The FEEL expression a form's text view uses to show the variable as plain text. */
  public static String feel(String variable) {
    String expression = variable;
    for (Reference r : REFERENCES) {
      if (JAVA_ONLY.indexOf(r.character()) < 0) {
        expression = "replace(" + expression + ", \"[" + r.character() + "]\", \"" + r.reference() + "\")";
      }
    }
    return expression;
  }
}
