package org.peersupport.supervision.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.LogRecorder;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A text value longer than the engine stores (4,000 characters) is a 400 naming the field on every
 * write path, on both mounts ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}), never a
 * 500; nothing is written; and the value never reaches the log (the database's error quotes its start).
 */
@ProcessTest
class OverlongValueHttpTest {

  private static final String TASKLIST = "/camunda/api/engine/engine/default";
  /** Private-looking text of 5,000 characters with a marker the log is searched for. */
  private static final String OVERLONG = "OVERLONG-PRIVATE-TEXT my sponsor and my relapse. ".repeat(100);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private String assignPromptsTask() {
    Http.Reply started = Http.as(port, "maria").post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Map.of("variables", Map.of("specialistId", Map.of("value", "alex"))));
    assertThat(started.status()).isEqualTo(200);
    return engine.getTaskService().createTaskQuery().processInstanceId(started.json().get("id").asText())
        .singleResult().getId();
  }

  private static Map<String, Object> oneVariable(String name, Object value) {
    return Map.of("variables", Map.of(name, Map.of("value", value, "type", "String")));
  }

  private static void assertRefusedNaming(Http.Reply reply, String field, String what) {
    assertThat(reply.status()).as(what + ": " + reply.body()).isEqualTo(400);
    assertThat(reply.body()).as(what).contains(field).doesNotContain("OVERLONG-PRIVATE").doesNotContainIgnoringCase("TEXT_")
        .doesNotContainIgnoringCase("ACT_");
  }

  private static void assertNotLoggedSince(int before) {
    List<String> logged = LogRecorder.lines();
    assertThat(logged.subList(Math.min(before, logged.size()), logged.size()))
        .as("log lines quoting the over-long value").noneMatch(line -> line.contains("OVERLONG-PRIVATE"));
  }

  @Test
  void anAdministratorsVariableWritesOfAnOverlongValueAre400OnBothMountsAndNothingIsSaved() {
    int logBefore = LogRecorder.lines().size();
    String task = assignPromptsTask();
    String processInstance = engine.getTaskService().createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
    Map<String, Object> before = engine.getRuntimeService().getVariables(processInstance);
    Http admin = Http.as(port, "admin");
    Http tasklist = Http.tasklistSession(port, "admin");

    assertRefusedNaming(admin.post("/engine-rest/task/" + task + "/resolve", oneVariable("assignNote", OVERLONG)),
        "assignNote", "resolve on /engine-rest");
    assertRefusedNaming(tasklist.post(TASKLIST + "/task/" + task + "/resolve", oneVariable("assignNote", OVERLONG)),
        "assignNote", "resolve on Tasklist's mount");
    assertRefusedNaming(admin.put("/engine-rest/task/" + task + "/variables/assignNote",
        Map.of("value", OVERLONG, "type", "String")), "assignNote", "task variable PUT");
    assertRefusedNaming(admin.post("/engine-rest/process-instance/" + processInstance + "/variables",
        Map.of("modifications", Map.of("assignNote", Map.of("value", OVERLONG)))), "assignNote", "instance variables");
    assertRefusedNaming(tasklist.post(TASKLIST + "/process-instance/" + processInstance + "/variables",
        Map.of("modifications", Map.of("assignNote", Map.of("value", OVERLONG)))), "assignNote",
        "instance variables on Tasklist's mount");

    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task is still open").isOne();
    assertThat(engine.getRuntimeService().getVariables(processInstance)).isEqualTo(before);
    assertNotLoggedSince(logBefore);
  }

  /** Every start form, every text field: over-long on both mounts is a 400 with the label, and nothing starts. */
  @Test
  void anOverlongValueInAnyTextFieldOfAnyStartFormIs400NamingTheLabelOnBothMounts() throws Exception {
    int logBefore = LogRecorder.lines().size();
    Map<String, Map<String, Object>> samples = HostileInputTest.samples();
    Http admin = Http.as(port, "admin");
    Http tasklist = Http.tasklistSession(port, "admin");
    List<String> checked = new ArrayList<>();
    long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      var startForm = engine.getFormService().getStartFormData(definition.getId()).getCamundaFormRef();
      if (startForm == null || !samples.containsKey(startForm.getKey())) {
        continue;
      }
      String formId = startForm.getKey();
      Class<? extends Record> record = HostileInputTest.VALIDATOR.recordFor(formId).orElseThrow();
      for (RecordComponent component : record.getRecordComponents()) {
        if (component.getType() != String.class) {
          continue;
        }
        Map<String, Object> form = new HashMap<>(samples.get(formId));
        form.put(component.getName(), OVERLONG);
        String label = FormLabels.of(formId, component.getName());
        for (String mount : List.of("/engine-rest", TASKLIST)) {
          Http http = mount.equals(TASKLIST) ? tasklist : admin;
          Http.Reply reply = http.post(mount + "/process-definition/key/" + definition.getKey() + "/submit-form",
              Http.variables(form));
          assertRefusedNaming(reply, component.getName(), formId + "." + component.getName() + " on " + mount);
          if (label != null) {
            assertThat(reply.body()).as(formId + "." + component.getName() + " names its label").contains(label);
          }
        }
        checked.add(formId + "." + component.getName());
      }
    }
    assertThat(checked).as("start forms with text fields were found").hasSizeGreaterThan(3);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("nothing started")
        .isEqualTo(instancesBefore);
    assertNotLoggedSince(logBefore);
  }
}
