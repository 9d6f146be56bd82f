package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No way in through the engine: no diagram or decision runs a script (script tasks, script listeners,
 * script conditions or inputs), so no content ever becomes code; deployments are admin-only (see
 * AuthorizationMatrixTest). Expressions in the diagrams call named beans and read typed variables only.
 */
class NoScriptsInDiagramsTest {

  @Test
  void noDiagramOrDecisionContainsAScript() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> diagrams = files.toList();
      assertThat(diagrams).isNotEmpty();
      for (Path diagram : diagrams) {
        String xml = Files.readString(diagram);
        assertThat(xml).as(diagram.toString()).doesNotContain("scriptTask").doesNotContain("camunda:script")
            .doesNotContain("scriptFormat").doesNotContain("language=\"javascript\"")
            .doesNotContain("language=\"groovy\"").doesNotContain("language=\"python\"");
      }
    }
  }
}
