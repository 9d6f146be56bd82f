package org.peersupport.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of the run (see junit-platform.properties), when the process
 * suites have pushed reflections, scope checks, referrals and refusals through the whole application,
 * and searches everything that was logged for private content: a peer code, or the free text the
 * test fixtures submit. Nothing sensitive may reach a log.
 */
@Order(Integer.MAX_VALUE)
class LogPrivacyTest {

  static final Pattern PEER_CODE = Pattern.compile("\\bP-[0-9]{3,8}\\b");
  /** Phrases from the fixtures' free text (reflections, disclosures, descriptions, notes, plans). */
  static final List<String> FREE_TEXT = List.of("gift card", "Ask-Share-Ask", "first year in recovery",
      "used my own supports", "Sleeping better", "prescribed medication", "side effects", "Fewer evening groups",
      "counselor was on the line", "Talked through the gift", "Makes sense to me", "I did not sleep",
      "housing office", "split the group hours");

  @Test
  void nothingPrivateWasLogged() {
    List<String> lines = LogRecorder.lines();
    assertThat(lines).as("the run logged something (the recorder works)").isNotEmpty();
    assertThat(lines).as("log lines with a peer code").noneMatch(line -> PEER_CODE.matcher(line).find());
    for (String phrase : FREE_TEXT) {
      assertThat(lines).as("log lines with '" + phrase + "'").noneMatch(line -> line.contains(phrase));
    }
  }
}
