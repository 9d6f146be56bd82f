package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersupport.supervision.security.EdgeAllowList.Caller;
import org.peersupport.supervision.security.EdgeAllowList.Rule;
import org.peersupport.supervision.security.EdgeAllowList.Surface;
import org.peersupport.supervision.security.EdgeAllowListFilter.Target;

/**
 * How the edge allow-list reads its lines and picks the line for a request, and how the filter turns a
 * raw request path into the operation it matches (or refuses to read it), without a server.
 */
class EdgeAllowListTest {

  private static final EdgeAllowList TASKS = EdgeAllowList.parse(List.of(
      "# a comment, then an empty line",
      "",
      "engine  GET   /task/{id}             people",
      "engine  GET   /task/count            -",
      "engine  POST  /task/{id}/resolve     -",
      "engine  GET   /process-definition/key/{key}/xml   supervisor program-lead",
      "engine  GET   /engine                anonymous signed-in",
      "webapp  GET   /task/count            signed-in"));

  private static String template(Optional<Rule> rule) {
    return rule.map(Rule::template).orElse("(none)");
  }

  // ---- matching -----------------------------------------------------------------------------------

  @Test
  void aLiteralSegmentWinsOverAParameter() {
    assertThat(template(TASKS.find(Surface.ENGINE, "GET", "/task/count"))).isEqualTo("/task/count");
    assertThat(template(TASKS.find(Surface.ENGINE, "GET", "/task/abc-123"))).isEqualTo("/task/{id}");
    // count is administrators' only, the task by id is open to people: the specific line decides
    assertThat(TASKS.permits(EnumSet.of(Caller.SIGNED_IN, Caller.SPECIALIST), Surface.ENGINE, "GET", "/task/count"))
        .isFalse();
    assertThat(TASKS.permits(EnumSet.of(Caller.SIGNED_IN, Caller.SPECIALIST), Surface.ENGINE, "GET", "/task/abc"))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/task", "/task/abc/form", "/task/abc/resolve/x", "/"})
  void aTemplateNeverMatchesAPathWithAnotherNumberOfSegments(String path) {
    assertThat(TASKS.find(Surface.ENGINE, "GET", path)).isEmpty();
  }

  @Test
  void aParameterMatchesExactlyOneSegment() {
    assertThat(template(TASKS.find(Surface.ENGINE, "GET", "/process-definition/key/cycle/xml")))
        .isEqualTo("/process-definition/key/{key}/xml");
    assertThat(TASKS.find(Surface.ENGINE, "GET", "/process-definition/key/a/b/xml")).isEmpty();
  }

  @Test
  void theMethodAndTheSurfaceMustMatchToo() {
    assertThat(TASKS.find(Surface.ENGINE, "POST", "/task/abc")).isEmpty();
    assertThat(TASKS.find(Surface.ENGINE, "get", "/task/abc")).isEmpty();
    assertThat(TASKS.find(Surface.ENGINE, "POST", "/task/abc/resolve")).isPresent();
    assertThat(template(TASKS.find(Surface.WEBAPP, "GET", "/task/count"))).isEqualTo("/task/count");
    assertThat(TASKS.find(Surface.WEBAPP, "GET", "/task/abc")).isEmpty();
  }

  @Test
  void literalSegmentsCompareExactlyNotIgnoringCase() {
    assertThat(TASKS.find(Surface.ENGINE, "GET", "/Task/count").map(Rule::template)).isEmpty();
    assertThat(TASKS.find(Surface.ENGINE, "POST", "/task/abc/Resolve")).isEmpty();
  }

  @Test
  void administratorsMayCallEverythingEvenWhatNoLineNames() {
    assertThat(TASKS.permits(EnumSet.of(Caller.SIGNED_IN, Caller.ADMIN), Surface.ENGINE, "POST", "/task/abc/resolve"))
        .isTrue();
    assertThat(TASKS.permits(EnumSet.of(Caller.SIGNED_IN, Caller.ADMIN), Surface.ENGINE, "DELETE", "/nothing/listed"))
        .isTrue();
  }

  @Test
  void anUnlistedOperationIsRefusedToEveryoneElse() {
    for (Caller caller : EnumSet.complementOf(EnumSet.of(Caller.ADMIN))) {
      assertThat(TASKS.permits(EnumSet.of(caller), Surface.ENGINE, "DELETE", "/task/abc")).as(caller.name()).isFalse();
    }
  }

  @Test
  void callerWordsMeanWhatTheFileHeaderSays() {
    Rule people = TASKS.find(Surface.ENGINE, "GET", "/task/abc").orElseThrow();
    assertThat(people.callers()).containsExactlyInAnyOrder(Caller.SPECIALIST, Caller.SUPERVISOR, Caller.PROGRAM_LEAD);
    assertThat(people.permits(EdgeAllowListFilter.callersOf(List.of()))).as("someone in no group").isFalse();
    assertThat(people.permits(Set.of(Caller.ANONYMOUS))).isFalse();
    Rule engines = TASKS.find(Surface.ENGINE, "GET", "/engine").orElseThrow();
    assertThat(engines.permits(EdgeAllowListFilter.callersOf(List.of()))).as("someone in no group").isTrue();
    assertThat(engines.permits(Set.of(Caller.ANONYMOUS))).isTrue();
    Rule adminsOnly = TASKS.find(Surface.ENGINE, "POST", "/task/abc/resolve").orElseThrow();
    assertThat(adminsOnly.callers()).isEmpty();
    Rule two = TASKS.find(Surface.ENGINE, "GET", "/process-definition/key/k/xml").orElseThrow();
    assertThat(two.callers()).containsExactlyInAnyOrder(Caller.SUPERVISOR, Caller.PROGRAM_LEAD);
  }

  @Test
  void callersComeFromTheGroupsOfTheProgram() {
    assertThat(EdgeAllowListFilter.callersOf(List.of())).containsExactly(Caller.SIGNED_IN);
    assertThat(EdgeAllowListFilter.callersOf(null)).containsExactly(Caller.SIGNED_IN);
    assertThat(EdgeAllowListFilter.callersOf(List.of(ProgramRoles.SPECIALISTS, "some-other-group")))
        .containsExactlyInAnyOrder(Caller.SIGNED_IN, Caller.SPECIALIST);
    assertThat(EdgeAllowListFilter.callersOf(List.of(ProgramRoles.ADMINS)))
        .containsExactlyInAnyOrder(Caller.SIGNED_IN, Caller.ADMIN);
  }

  // ---- parsing ------------------------------------------------------------------------------------

  @Test
  void anUnknownCallerWordIsRefused() {
    assertThatThrownBy(() -> EdgeAllowList.parse(List.of("engine GET /task everyone")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1").hasMessageContaining("everyone");
  }

  @Test
  void aLineListedTwiceIsRefusedEvenWithOtherCallers() {
    assertThatThrownBy(() -> EdgeAllowList.parse(List.of("engine GET /task/{id} people", "", "engine GET /task/{id} -")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 3").hasMessageContaining("twice");
  }

  @Test
  void theSameTemplateMayHaveOneLinePerMethodAndPerSurface() {
    EdgeAllowList list = EdgeAllowList.parse(List.of("engine GET /task/count -", "engine POST /task/count people",
        "webapp GET /task/count signed-in"));
    assertThat(list.rules()).hasSize(3);
  }

  @Test
  void aLineWithoutCallersIsRefused() {
    assertThatThrownBy(() -> EdgeAllowList.parse(List.of("engine GET /task")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
  }

  @Test
  void aMethodInSmallLettersIsRefused() {
    assertThatThrownBy(() -> EdgeAllowList.parse(List.of("engine get /task people")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("capitals");
  }

  @Test
  void anUnknownSurfaceIsRefused() {
    assertThatThrownBy(() -> EdgeAllowList.parse(List.of("cockpit GET /task people")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedListParsesAndNamesEveryLineOnce() {
    assertThat(EdgeAllowList.standard().rules()).isNotEmpty();
    assertThat(EdgeAllowList.standard().rules().stream().map(rule -> rule.surface() + " " + rule.method() + " "
        + rule.template())).doesNotHaveDuplicates();
  }

  // ---- the filter's reading of a raw path ---------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "/engine-rest/task/ID/submit-form;a=b", "/engine-rest/task/ID;x=1/submit-form", "/engine-rest/task;/ID",
      "/engine-rest/task/ID%2Fsubmit-form", "/engine-rest/task/ID%2fsubmit-form",
      "/engine-rest/task/%2e%2e/job", "/engine-rest/task/%2E/ID", "/engine-rest/task/ID%5Cresolve",
      "/engine-rest/task/ID%5cresolve", "/engine-rest/task/ID%252Fresolve", "/engine-rest/task/ID%3Ba=b",
      "/engine-rest/task/ID%00", "/engine-rest//task/ID", "/engine-rest/task//ID", "/engine-rest/./task/ID",
      "/engine-rest/task/./ID", "/engine-rest/task/../job/ID/execute", "/engine-rest/task/ID/..",
      "/engine-rest/task\\ID", "/camunda/api/engine/engine/default/task/ID;a=b/resolve",
      "/camunda/api/engine/engine/default/../default/task", "/camunda/api/engine/engine//default/task",
      "/camunda/api/engine/engine/default/task/ID%2Fresolve"})
  void aPathAContainerMightReadDifferentlyIsNotRead(String raw) {
    assertThat(EdgeAllowListFilter.target(raw)).as(raw).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "/engine-rest/task,                                        ENGINE, /task",
      "/engine-rest/task/,                                       ENGINE, /task",
      "/engine-rest/engine/default/task,                         ENGINE, /task",
      "/engine-rest/engine/default/task/abc/form,                ENGINE, /task/abc/form",
      "/engine-rest/engine,                                      ENGINE, /engine",
      "/camunda/api/engine/engine/default/task,                  ENGINE, /task",
      "/camunda/api/engine/engine/default/task/abc/submit-form,  ENGINE, /task/abc/submit-form",
      "/camunda/api/engine/engine,                               ENGINE, /engine",
      "/camunda/api/admin/auth/user/default,                     WEBAPP, /admin/auth/user/default",
      "/camunda/api/admin/auth/user/default/login/tasklist,      WEBAPP, /admin/auth/user/default/login/tasklist"})
  void aPathMapsToItsOperation(String raw, Surface surface, String path) {
    Target target = EdgeAllowListFilter.target(raw).orElseThrow();
    assertThat(target.surface()).isEqualTo(surface);
    assertThat(target.path()).isEqualTo(path);
  }

  @Test
  void aParameterNeverStandsForAnEmptySegment() {
    assertThat(EdgeAllowList.standard().find(Surface.ENGINE, "GET", "/task/")).isEmpty();
    assertThat(EdgeAllowList.standard().find(Surface.ENGINE, "POST", "/task//resolve")).isEmpty();
  }

  @Test
  void theFilterNeverHandsTheListAnEmptySegment() {
    // and the filter's reading keeps such paths away from it: a trailing slash is dropped, an empty
    // segment refused
    assertThat(EdgeAllowListFilter.target("/engine-rest/task/").orElseThrow().path()).isEqualTo("/task");
    assertThat(EdgeAllowListFilter.target("/engine-rest/task//resolve")).isEmpty();
  }

  @Test
  void theWebappMountIsMarkedAsSuch() {
    assertThat(EdgeAllowListFilter.target("/camunda/api/engine/engine/default/task").orElseThrow().viaWebapp()).isTrue();
    assertThat(EdgeAllowListFilter.target("/engine-rest/task").orElseThrow().viaWebapp()).isFalse();
  }

  @Test
  void anEncodedOrdinaryCharacterIsReadAsThatCharacter() {
    // %61 is 'a': the container decodes it too, so the filter must match the decoded path
    assertThat(EdgeAllowListFilter.target("/engine-rest/t%61sk/ID/resolve").orElseThrow().path())
        .isEqualTo("/task/ID/resolve");
  }
}
