package org.peersupport.supervision.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rule of the scope-of-practice table, one row each (plus rows for the order of the rules): the
 * outcome, and the reason of exactly that rule.
 */
@ProcessTest
class ScopeOfPracticeDecisionTest {

  static final String[] RULES_TESTED = {"Rule_AcuteRisk", "Rule_CrisisCategory", "Rule_UnclearOrMixed",
      "Rule_Medication", "Rule_Diagnosis", "Rule_Psychotherapy", "Rule_MedicalSymptoms", "Rule_Legal",
      "Rule_Navigation", "Rule_MutualAid", "Rule_RecoveryGoals", "Rule_Other"};

  @Autowired ProcessEngine engine;

  @ParameterizedTest(name = "{0}: acuteRisk={1}, {2}, unclear={3} -> {4}")
  @CsvSource({
      "Rule_AcuteRisk,       true,  RECOVERY_GOAL_SUPPORT,   false, CRISIS",
      "Rule_AcuteRisk,       true,  MEDICATION_QUESTION,     true,  CRISIS",
      "Rule_CrisisCategory,  false, CRISIS,                  false, CRISIS",
      "Rule_CrisisCategory,  false, CRISIS,                  true,  CRISIS",
      "Rule_UnclearOrMixed,  false, MEDICATION_QUESTION,     true,  CONSULT",
      "Rule_UnclearOrMixed,  false, SYSTEMS_NAVIGATION,      true,  CONSULT",
      "Rule_Medication,      false, MEDICATION_QUESTION,     false, REFER",
      "Rule_Diagnosis,       false, DIAGNOSIS_OR_ASSESSMENT, false, REFER",
      "Rule_Psychotherapy,   false, PSYCHOTHERAPY_OR_TRAUMA, false, REFER",
      "Rule_MedicalSymptoms, false, MEDICAL_SYMPTOMS,        false, REFER",
      "Rule_Legal,           false, LEGAL_QUESTION,          false, REFER",
      "Rule_Navigation,      false, SYSTEMS_NAVIGATION,      false, WITHIN_SCOPE",
      "Rule_MutualAid,       false, MUTUAL_AID_LINKAGE,      false, WITHIN_SCOPE",
      "Rule_RecoveryGoals,   false, RECOVERY_GOAL_SUPPORT,   false, WITHIN_SCOPE",
      "Rule_Other,           false, OTHER,                   false, CONSULT",
  })
  void ruleGivesItsOutcomeAndReason(String ruleId, boolean acuteRisk, RequestCategory category, boolean needUnclear,
      ScopeOutcome expected) {
    DmnDecisionResultEntries result = engine.getDecisionService().evaluateDecisionByKey("scope-of-practice")
        .variables(Variables.createVariables().putValue("acuteRisk", acuteRisk)
            .putValue("requestCategory", category.name()).putValue("needUnclear", needUnclear))
        .evaluate().getSingleResult();

    assertThat(result.<String>getEntry("tableOutcome")).isEqualTo(expected.name());
    assertThat(result.<String>getEntry("tableReason")).isEqualTo(reasonsByRule().get(ruleId));
  }

  @Test
  void everyRuleOfTheTableIsTestedAndEveryOutcomeIsAScopeOutcome() {
    assertThat(reasonsByRule().keySet()).containsExactlyInAnyOrder(RULES_TESTED);
    Set<String> outcomes = model().getModelElementsByType(Rule.class).stream()
        .map(rule -> rule.getOutputEntries().iterator().next().getTextContent().replace("\"", ""))
        .collect(Collectors.toSet());
    assertThat(outcomes).isSubsetOf(Arrays.stream(ScopeOutcome.values()).map(Enum::name).toList());
  }

  @Test
  void everyRequestCategoryIsAnsweredByTheTable() {
    for (RequestCategory category : RequestCategory.values()) {
      var result = engine.getDecisionService().evaluateDecisionByKey("scope-of-practice")
          .variables(Variables.createVariables().putValue("acuteRisk", false)
              .putValue("requestCategory", category.name()).putValue("needUnclear", false))
          .evaluate();
      assertThat(result.getResultList()).as(category.name()).hasSize(1);
    }
  }

  private DmnModelInstance model() {
    String id = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("scope-of-practice")
        .latestVersion().singleResult().getId();
    return engine.getRepositoryService().getDmnModelInstance(id);
  }

  private Map<String, String> reasonsByRule() {
    return model().getModelElementsByType(Rule.class).stream().collect(Collectors.toMap(Rule::getId,
        rule -> rule.getOutputEntries().stream().skip(1).findFirst().orElseThrow().getTextContent().replace("\"", "")));
  }
}
