package org.peersupport.supervision.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The access trail records every signed-in call to the APIs, not a list of resources: administrative
 * operations (jobs, users, groups) and Tasklist's filter lists and counts were missing (finding 10 of issue 13).
 */
@ProcessTest
class AccessTrailCoverageTest {

  @LocalServerPort int port;
  @Autowired FilterService filterService;

  /** The user's entries as (action method resource), newest first. */
  private List<String> entriesFor(String user) {
    List<String> entries = new ArrayList<>();
    for (JsonNode entry : Http.as(port, "admin").get("/api/audit-trail?userId=" + user).json()) {
      entries.add(entry.get("action").asText() + " " + entry.get("httpMethod").asText() + " "
          + entry.get("resource").asText());
    }
    return entries;
  }

  @Test
  void jobsUsersAndGroupsReadThroughTheEngineRestApiAreRecorded() {
    Http jordan = Http.as(port, "jordan");
    jordan.get("/engine-rest/job");
    jordan.get("/engine-rest/user");
    jordan.get("/engine-rest/group");
    jordan.post("/engine-rest/job/count", Map.of());
    jordan.delete("/engine-rest/job/no-such-job");

    assertThat(entriesFor("jordan")).contains("VIEW GET /engine-rest/job", "VIEW GET /engine-rest/user",
        "VIEW GET /engine-rest/group", "VIEW POST /engine-rest/job/count", "CHANGE DELETE /engine-rest/job/no-such-job");
  }

  @Test
  void tasklistsFilterListAndCountAndTheWebappApisAreRecordedAsViews() {
    Filter filter = filterService.createFilterQuery().filterOwner("maria").list().stream().findFirst()
        .orElseGet(() -> filterService.createFilterQuery().list().get(0));
    Http tasklist = Http.tasklistSession(port, "maria");
    String mount = "/camunda/api/engine/engine/default";

    Http.Reply list = tasklist.post(mount + "/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15", Map.of());
    tasklist.post(mount + "/filter/" + filter.getId() + "/count", Map.of());
    tasklist.get(mount + "/user?firstResult=0&maxResults=5");
    tasklist.get("/camunda/api/admin/auth/user/default");
    tasklist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");

    assertThat(list.status()).as(list.body()).isLessThan(500);
    List<String> marias = entriesFor("maria");
    assertThat(marias).contains("VIEW POST " + mount + "/filter/" + filter.getId() + "/list",
        "VIEW POST " + mount + "/filter/" + filter.getId() + "/count", "VIEW GET " + mount + "/user",
        "VIEW GET /camunda/api/admin/auth/user/default",
        "VIEW GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics");
    assertThat(marias).as("no query string, no value").noneMatch(entry -> entry.contains("?"));
  }

  @Test
  void everyApiPathIsRecordedButNotTheWebappPluginsStaticFiles() {
    for (String path : List.of("/engine-rest/job-definition", "/engine-rest/batch", "/engine-rest/deployment",
        "/engine-rest/authorization", "/engine-rest/tenant", "/engine-rest/incident", "/engine-rest/metrics",
        "/engine-rest/identity/verify", "/engine-rest/migration/execute", "/engine-rest/modification/execute",
        "/engine-rest/external-task", "/engine-rest/decision-definition", "/engine-rest/a-future-resource",
        "/camunda/api/engine/engine/default/job", "/camunda/api/engine/engine/default/filter/1/list",
        "/camunda/api/admin/plugin/adminPlugins/default/x", "/camunda/api/cockpit/plugin/base/default/incident",
        "/camunda/api/tasklist/plugin/x/default/y", "/api/audit-trail", "/api/anything")) {
      assertThat(AccessTrailFilter.isRecorded(path)).as(path).isTrue();
    }
    assertThat(AccessTrailFilter.isRecorded("/camunda/api/cockpit/plugin/cockpit-plugins/static/app/plugin.js")).isFalse();
    assertThat(AccessTrailFilter.isRecorded("/camunda/api/tasklist/plugin/tasklist-plugins/static/app/plugin.css"))
        .isFalse();
    assertThat(AccessTrailFilter.isRecorded("/camunda/api/cockpit/plugin/x/static/../../../engine/engine/default/task.js"))
        .as("a static-looking path that climbs out").isTrue();
    assertThat(AccessTrailFilter.isRecorded("/dashboard/dashboard.js")).isFalse();
  }

  @Test
  void postsThatOnlyReadAreViewsAndEveryOtherWriteIsAChange() {
    Map<String, AccessTrailEntry.Action> expected = Map.ofEntries(
        Map.entry("/engine-rest/task", AccessTrailEntry.Action.VIEW),
        Map.entry("/engine-rest/task/count", AccessTrailEntry.Action.VIEW),
        Map.entry("/engine-rest/history/process-instance", AccessTrailEntry.Action.VIEW),
        Map.entry("/engine-rest/history/task/count", AccessTrailEntry.Action.VIEW),
        Map.entry("/engine-rest/job", AccessTrailEntry.Action.VIEW),
        Map.entry("/engine-rest/group", AccessTrailEntry.Action.VIEW),
        Map.entry("/camunda/api/engine/engine/default/filter/abc/list", AccessTrailEntry.Action.VIEW),
        Map.entry("/camunda/api/engine/engine/default/filter/abc/count", AccessTrailEntry.Action.VIEW),
        Map.entry("/camunda/api/cockpit/plugin/base/default/process-instance/count", AccessTrailEntry.Action.VIEW),
        Map.entry("/engine-rest/history/cleanup", AccessTrailEntry.Action.CHANGE),
        Map.entry("/engine-rest/history/process-instance/delete", AccessTrailEntry.Action.CHANGE),
        Map.entry("/engine-rest/job/abc/execute", AccessTrailEntry.Action.CHANGE),
        Map.entry("/engine-rest/task/abc/resolve", AccessTrailEntry.Action.CHANGE),
        Map.entry("/engine-rest/filter/create", AccessTrailEntry.Action.CHANGE),
        Map.entry("/engine-rest/condition", AccessTrailEntry.Action.CHANGE),
        Map.entry("/camunda/api/engine/engine/default/task/abc/submit-form", AccessTrailEntry.Action.CHANGE),
        Map.entry("/api/roster/imports", AccessTrailEntry.Action.CHANGE));
    expected.forEach((path, action) -> assertThat(AccessTrailFilter.action("POST", path)).as(path).isEqualTo(action));
    assertThat(AccessTrailFilter.action("GET", "/engine-rest/job")).isEqualTo(AccessTrailEntry.Action.VIEW);
    assertThat(AccessTrailFilter.action("PUT", "/engine-rest/task/abc/variables/x"))
        .isEqualTo(AccessTrailEntry.Action.CHANGE);
    assertThat(AccessTrailFilter.action("DELETE", "/engine-rest/task/count")).isEqualTo(AccessTrailEntry.Action.CHANGE);
  }
}
