package org.peersupport.supervision.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.Engine;
import org.peersupport.supervision.ProcessTest;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervision cycle's reflection form lists the specialist's disclosure and boundary reflections
 * since their previous cycle (type, date, risk; no text); LOW ones as topics for the session.
 */
@ProcessTest
class RecentReflectionsInCycleTest {

  @Autowired Engine engine;
  @Autowired ProcessEngine processEngine;

  private ProcessInstance start(String user, String key, Map<String, Object> form) {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult().getId();
    return engine.as(user, () -> (ProcessInstance) processEngine.getFormService().submitStartForm(definition, form));
  }

  private ProcessInstance cycleAtReflectionFor(String specialist) {
    ProcessInstance cycle = start("maria", "supervision-cycle", new HashMap<>(Map.of("specialistId", specialist)));
    engine.submit("maria", cycle.getId(), "Task_AssignPrompts", Map.of(
        "reflectionPrompts", SpinValues.jsonValue("[\"BOUNDARIES\"]").create(),
        "reflectionDueDate", LocalDate.now().plusDays(7).toString()));
    assertThat(cycle).isWaitingAt("Task_CompleteReflection");
    return cycle;
  }

  @Test
  void theCycleReflectionListsTheReflectionsSinceThePreviousCycleWithoutTheirText() {
    ProcessInstance reflection = start("jordan", "disclosure-reflection", ReflectionForms.startOwn());
    engine.submit("jordan", reflection.getId(), "Task_WriteReflection", ReflectionForms.lowRisk());

    ProcessInstance cycle = cycleAtReflectionFor("jordan");

    String shown = (String) processEngine.getRuntimeService().getVariable(cycle.getId(), "recentReflections");
    assertThat(shown).contains(Dates.shown(LocalDate.now().minusDays(1))
        + " · Intentional self-disclosure · low risk · a topic for this session")
        .doesNotContain("relapse", "P-2077");

    Map<String, Object> answered = new HashMap<>();
    answered.put("boundariesAnswer", "Talked about the disclosure.");
    answered.put("disclosureSummary", "One disclosure, reflected on.");
    answered.put("wellnessSelfRating", 4);
    for (CompetencyDomain domain : CompetencyDomain.values()) {
      answered.put(domain.ratingField(), 3);
    }
    engine.submit("jordan", cycle.getId(), "Task_CompleteReflection", answered);

    ProcessInstance next = cycleAtReflectionFor("jordan");
    assertThat((String) processEngine.getRuntimeService().getVariable(next.getId(), "recentReflections"))
        .isEqualTo("No disclosure or boundary reflections since your last supervision cycle.");
  }
}
