package org.peersupport.supervision.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A person's words shown in a form's text view stay plain text: no link, no Markdown, no HTML (finding 10 of #13). */
class PlainTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "[x](http://evil)            | &#91;x&#93;&#40;http&#58;//evil&#41;",
      "<a href=\"http://evil\">x</a> | &lt;a href&#61;\"http&#58;//evil\"&gt;x&lt;/a&gt;",
      "**b**                       | &#42;&#42;b&#42;&#42;",
      "![img](http://evil/i.png)   | &#33;&#91;img&#93;&#40;http&#58;//evil/i&#46;png&#41;",
      "http://evil.example         | http&#58;//evil&#46;example",
      "www.evil.example            | www&#46;evil&#46;example",
      "<http://evil.example>       | &lt;http&#58;//evil&#46;example&gt;",
      "me@evil.example             | me&#64;evil&#46;example",
      "\\[x](http://evil)          | &#92;&#91;x&#93;&#40;http&#58;//evil&#41;",
      "&#91;x]                     | &amp;&#35;91;x&#93;",
      "# heading                   | &#35; heading",
      "1. list                     | 1&#46; list",
      "_a_ `code` ~~s~~            | &#95;a&#95; &#96;code&#96; &#126;&#126;s&#126;&#126;",
      "'Talked it through, gently.' | 'Talked it through, gently&#46;'"})
  void markdownAndHtmlBecomeReferences(String written, String shown) {
    assertThat(PlainText.markdown(written.strip())).isEqualTo(shown.strip());
  }

  @Test
  void nothingIsLeftThatMarkdownReads() {
    String plain = PlainText.markdown("[a](b) <i> *c* _d_ `e` ~f~ #g |h| i:j k.l m@n !o =p +q -r \\s");
    assertThat(plain.replaceAll("&(amp|lt|gt|#\\d+);", "")).doesNotContainPattern("[\\[\\]()<>*_`~#|:.@!=+&\\\\-]")
        .isEqualTo("ab i c d e f g h ij kl mn o p q r s");
    assertThat(PlainText.markdown(null)).isNull();
  }

  /** Variables whose value a person wrote (or named: people's names come from the roster and the engine's users). */
  static final Set<String> USER_TEXT = Set.of("additionalPrompt", "correctionRequest", "correctivePlan", "credentialName",
      "issuingBody", "culturalHumility", "doDifferently", "feedback", "followUpAction", "followUpReason",
      "followUpSubject", "peerCode", "peerResponse", "purposeOther", "recoveryEffect", "reflectionRequest",
      "returnReason", "scopeDescription", "sessionNotes", "specialistComment", "specialistName", "supervisorName",
      "supportPlan", "wantFromSupervision", "whatHappened",
      // the crisis response and the referral, shown to the supervisor and back to the specialist
      "crisisActionOther", "crisisNotes", "disclosurePurpose", "disclosureRecipient", "followUpNote", "handoffNote",
      "informationToDisclose", "providerTypeOther", "reEngagementNote");

  @Test
  void everyTextViewShowsUserTextThroughThePlainTextChain() throws IOException {
    Pattern template = Pattern.compile("\\{\\{(.*?)\\}\\}");
    List<String> raw = new ArrayList<>();
    int plain = 0;
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        for (JsonNode text : new ObjectMapper().readTree(form.toFile()).findParents("type")) {
          if (!"text".equals(text.path("type").asText())) {
            continue;
          }
          Matcher m = template.matcher(text.path("text").asText());
          while (m.find()) {
            String expression = m.group(1).strip();
            if (USER_TEXT.contains(expression)) {
              raw.add(form.getFileName() + ": " + expression);
            } else if (USER_TEXT.stream().anyMatch(v -> expression.equals(PlainText.feel(v)))) {
              plain++;
            } else {
              assertThat(USER_TEXT).as(form.getFileName() + " shows " + expression)
                  .noneMatch(v -> expression.contains(v));
            }
          }
          assertThat(text.path("text").asText()).as(form.getFileName() + ": a whole text view as FEEL").doesNotStartWith("=");
        }
      }
    }
    assertThat(raw).as("user text shown as Markdown").isEmpty();
    assertThat(plain).isGreaterThan(40);
  }
}
