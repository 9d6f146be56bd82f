package org.peersupport.supervision.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.cycle.CycleFormSamples;
import org.peersupport.supervision.disclosure.ReflectionFormSamples;
import org.peersupport.supervision.disclosure.ReflectionForms;
import org.peersupport.supervision.validation.PrivateText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Private text is in a process only while it runs: a supervision cycle with a wellness concern and a
 * disclosure reflection write reflection answers, session notes, action items, a wellness plan and a
 * comment; their steps read them while the processes run; and afterwards the engine's history holds
 * none of it (no row of a private variable, no submitted form value, no copy of the text), while the
 * history of everything else (who, which choice, which step) is still there for the figures and Cockpit.
 */
@ProcessTest
class PrivateTextHistoryTest {

  private static final String SESSION_NOTES = "Talked through the gift and the group.";
  private static final String SUPPORT_PLAN = "Fewer evening groups for a month";
  private static final String COMMENT = "Thank you, the weekly check-in helps me most.";

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private final Map<String, Map<String, Object>> samples = samples();

  private static Map<String, Map<String, Object>> samples() {
    Map<String, Map<String, Object>> all = new HashMap<>(new CycleFormSamples().samples());
    all.putAll(new ReflectionFormSamples().samples());
    return all;
  }

  private Map<String, Object> sample(String form) {
    return new HashMap<>(samples.get(form));
  }

  private ProcessInstance start(String user, String key, Map<String, Object> form) {
    return engine.as(user, () -> (ProcessInstance) processEngine.getFormService().submitStartForm(
        processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
            .latestVersion().singleResult().getId(), form));
  }

  private Object running(ProcessInstance instance, String variable) {
    return processEngine.getRuntimeService().getVariable(instance.getId(), variable);
  }

  @Test
  void privateTextIsReadWhileTheProcessRunsAndNeverKeptInTheEnginesHistory() throws Exception {
    ProcessInstance cycle = start("maria", "supervision-cycle", sample("supervision-cycle-start"));
    engine.submit("maria", cycle.getId(), "Task_AssignPrompts", sample("supervision-cycle-assign-prompts"));
    engine.submit("alex", cycle.getId(), "Task_CompleteReflection", sample("supervision-cycle-reflection"));
    Map<String, Object> record = sample("supervision-cycle-session-record");
    record.put("sessionNotes", SESSION_NOTES);
    record.put("wellnessConcern", true);
    engine.submit("maria", cycle.getId(), "Task_RecordSession", record);
    // while the cycle runs, its steps and forms have the text
    assertThat(running(cycle, "sessionNotes")).isEqualTo(SESSION_NOTES);
    assertThat(processEngine.getTaskService().getVariable(processEngine.getTaskService().createTaskQuery()
        .processInstanceId(cycle.getId()).singleResult().getId(), "recordShown").toString()).contains("Talked through the gift");
    engine.submit("alex", cycle.getId(), "Task_ReviewSessionRecord", sample("supervision-cycle-review-record"));
    engine.submit("maria", cycle.getId(), "Task_AgreeWellnessPlan", sample("supervision-cycle-wellness-plan"));
    Map<String, Object> confirm = sample("supervision-cycle-confirm-wellness-plan");
    confirm.put("specialistComment", COMMENT);
    engine.submit("alex", cycle.getId(), "Task_ConfirmWellnessPlan", confirm);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count())
        .as("the cycle ran to its end").isZero();

    ProcessInstance reflection = start("alex", "disclosure-reflection", ReflectionForms.startOwn());
    engine.submit("alex", reflection.getId(), "Task_WriteReflection", sample("disclosure-reflection-reflection"));

    // no row of a private variable, in the variables' history or the details (form values, updates)
    List<String> privateRows = new ArrayList<>();
    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      jdbc.query("select distinct NAME_ from " + table, row -> {
        if (PrivateText.isPrivate(row.getString(1))) {
          privateRows.add(table + "." + row.getString(1));
        }
      });
    }
    assertThat(privateRows).isEmpty();

    // nor the text itself, under any name (words without punctuation also find the copies shown in forms)
    for (String text : List.of(SESSION_NOTES, "Talked through the gift", SUPPORT_PLAN, COMMENT,
        ReflectionForms.PRIVATE_TEXT, "my own relapse in 2019", "Practise Ask")) {
      for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ? or TEXT2_ like ?",
            Long.class, "%" + text + "%", "%" + text + "%")).as(table + " holds '" + text + "'").isZero();
      }
    }

    // an administrator reading the history over REST sees who and which choice, no text
    JsonNode history = Http.as(port, "admin")
        .get("/engine-rest/history/variable-instance?processInstanceId=" + cycle.getId()).json();
    List<String> names = new ArrayList<>();
    history.forEach(variable -> names.add(variable.path("name").asText()));
    assertThat(names).contains("supervisorId", "specialistId", "sessionFormat", "wellnessConcern")
        .doesNotContain("sessionNotes", "supportPlan", "specialistComment", "actionItems", "recordShown");
    JsonNode details = Http.as(port, "admin")
        .get("/engine-rest/history/detail?processInstanceId=" + reflection.getId()).json();
    assertThat(details.toString()).doesNotContain(ReflectionForms.PRIVATE_TEXT).contains("situationType");
  }

  @Test
  void theFormsNameTheirFreeTextAsPrivate() {
    assertThat(PrivateText.formFields()).contains("whatHappened", "sessionNotes", "supportPlan", "crisisNotes",
        "wellnessNote", "specialistComment", "actionItems", "entries", "disclosureRecipient", "peerCode");
    assertThat(PrivateText.formFields()).doesNotContain("situationType", "sessionFormat", "durationMinutes",
        "specialistId", "wellnessConcern", "riskIndicators");
    assertThat(PrivateText.isPrivate("reflectionShown")).isTrue();
    assertThat(PrivateText.isPrivate("entriesSummary")).isTrue();
    assertThat(PrivateText.isPrivate("supervisorId")).isFalse();
  }
}
