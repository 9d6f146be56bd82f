package org.peersupport.supervision.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every rule of the decision boundary-risk, one case per rule, evaluated by the deployed engine. */
@ProcessTest
class BoundaryRiskDecisionTest {

  /** Evaluation moments far from any other test's, one second apart. */
  private static final AtomicLong MOMENT = new AtomicLong(Date.from(java.time.Instant.parse("2031-01-01T00:00:00Z")).getTime());

  @Autowired DecisionService decisions;
  @Autowired HistoryService history;

  /** One row of the table: the inputs, the rule that must decide, and what it must answer. */
  record Case(String rule, SituationType type, int distress, NeedsServed needs, boolean briefGesture,
      RiskLevel risk, String reasonStart, boolean wellness) {

    @Override
    public String toString() {
      return rule;
    }
  }

  static final List<Case> CASES = List.of(
      new Case("Rule_OwnDistressHigh", SituationType.INTENTIONAL_SELF_DISCLOSURE, 7, NeedsServed.PEER, false,
          RiskLevel.HIGH, "Own distress 7 or more", true),
      new Case("Rule_RomanticOrSexualApproach", SituationType.ROMANTIC_OR_SEXUAL_APPROACH, 2, NeedsServed.PEER, false,
          RiskLevel.HIGH, "A romantic or sexual approach", false),
      new Case("Rule_MoneyOrLoan", SituationType.MONEY_OR_LOAN_REQUEST, 0, NeedsServed.PEER, false,
          RiskLevel.HIGH, "Money or a loan", false),
      new Case("Rule_PhysicalContactBeyondGesture", SituationType.PHYSICAL_CONTACT, 1, NeedsServed.BOTH, false,
          RiskLevel.HIGH, "Physical contact that was not a brief comforting gesture", false),
      new Case("Rule_DualRelationship", SituationType.DUAL_RELATIONSHIP, 1, NeedsServed.PEER, false,
          RiskLevel.MODERATE, "A dual relationship", false),
      new Case("Rule_ServedMyNeeds", SituationType.INTENTIONAL_SELF_DISCLOSURE, 2, NeedsServed.MINE, false,
          RiskLevel.MODERATE, "It served mainly the specialist's own needs", false),
      new Case("Rule_SomeDistress", SituationType.INTENTIONAL_SELF_DISCLOSURE, 5, NeedsServed.PEER, false,
          RiskLevel.MODERATE, "Some distress", false),
      new Case("Rule_CalibratedDisclosure", SituationType.INTENTIONAL_SELF_DISCLOSURE, 3, NeedsServed.PEER, false,
          RiskLevel.LOW, "A calibrated disclosure for the peer's benefit", false),
      new Case("Rule_BriefComfortingGesture", SituationType.PHYSICAL_CONTACT, 0, NeedsServed.PEER, true,
          RiskLevel.LOW, "A brief comforting gesture", false),
      new Case("Rule_OtherSituationLowDistress", SituationType.GIFT_OFFERED_OR_ACCEPTED, 1, NeedsServed.BOTH, false,
          RiskLevel.LOW, "A boundary situation to talk through", false));

  /** Edges where a rule higher in the table must win, or a band must end. */
  static final List<Case> EDGES = List.of(
      // own distress comes first, before the situation's own rule, and offers wellness supports
      new Case("Rule_OwnDistressHigh", SituationType.ROMANTIC_OR_SEXUAL_APPROACH, 9, NeedsServed.PEER, false,
          RiskLevel.HIGH, "Own distress 7 or more", true),
      new Case("Rule_OwnDistressHigh", SituationType.INTENTIONAL_SELF_DISCLOSURE, 10, NeedsServed.MINE, false,
          RiskLevel.HIGH, "Own distress 7 or more", true),
      new Case("Rule_SomeDistress", SituationType.INTENTIONAL_SELF_DISCLOSURE, 6, NeedsServed.BOTH, false,
          RiskLevel.MODERATE, "Some distress", false),
      new Case("Rule_SomeDistress", SituationType.PHYSICAL_CONTACT, 4, NeedsServed.PEER, true,
          RiskLevel.MODERATE, "Some distress", false),
      new Case("Rule_CalibratedDisclosure", SituationType.INTENTIONAL_SELF_DISCLOSURE, 0, NeedsServed.BOTH, false,
          RiskLevel.LOW, "A calibrated disclosure", false),
      new Case("Rule_ServedMyNeeds", SituationType.SOCIAL_MEDIA_CONTACT, 0, NeedsServed.MINE, false,
          RiskLevel.MODERATE, "It served mainly", false),
      new Case("Rule_OtherSituationLowDistress", SituationType.CLINICAL_ADVICE_REQUESTED, 3, NeedsServed.PEER, false,
          RiskLevel.LOW, "A boundary situation", false));

  static Stream<Case> cases() {
    return CASES.stream();
  }

  static Stream<Case> edges() {
    return EDGES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleDecidesItsCase(Case c) {
    assertDecides(c);
  }

  @ParameterizedTest(name = "{0} at an edge")
  @MethodSource("edges")
  void higherRulesWinAndBandsEndWhereTheTableSays(Case c) {
    assertDecides(c);
  }

  @Test
  void everyRuleOfTheTableHasACase() throws Exception {
    Set<String> tableRules;
    try (InputStream dmn = getClass().getResourceAsStream("/bpmn/boundary-risk.dmn")) {
      tableRules = Dmn.readModelFromStream(dmn).getModelElementsByType(Rule.class).stream()
          .map(Rule::getId).collect(Collectors.toSet());
    }
    assertThat(CASES.stream().map(Case::rule).collect(Collectors.toSet())).isEqualTo(tableRules);
  }

  @Test
  void everySituationTypeGetsARiskLevel() {
    for (SituationType type : SituationType.values()) {
      for (int distress : new int[] {0, 3, 4, 6, 7, 10}) {
        DmnDecisionResultEntries result = evaluate(type, distress, NeedsServed.PEER, false);
        assertThat(Arrays.stream(RiskLevel.values()).map(Enum::name)).contains((String) result.getEntry("riskLevel"));
        assertThat((String) result.getEntry("riskReason")).isNotBlank();
      }
    }
  }

  private void assertDecides(Case c) {
    // a moment of its own, so that the history names this evaluation's rule
    Date at = new Date(MOMENT.addAndGet(1000));
    ClockUtil.setCurrentTime(at);
    DmnDecisionResultEntries result;
    try {
      result = evaluate(c.type(), c.distress(), c.needs(), c.briefGesture());
    } finally {
      ClockUtil.reset();
    }
    assertThat((String) result.getEntry("riskLevel")).isEqualTo(c.risk().name());
    assertThat((String) result.getEntry("riskReason")).startsWith(c.reasonStart());
    assertThat((Boolean) result.getEntry("offerWellnessSupport")).isEqualTo(c.wellness());
    HistoricDecisionInstance decided = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("boundary-risk")
        .evaluatedAfter(new Date(at.getTime() - 1)).evaluatedBefore(new Date(at.getTime() + 1)).includeOutputs()
        .singleResult();
    assertThat(decided.getOutputs()).extracting(o -> o.getRuleId()).containsOnly(c.rule());
  }

  private DmnDecisionResultEntries evaluate(SituationType type, int distress, NeedsServed needs, boolean briefGesture) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("situationType", type.name());
    inputs.put("ownRecoveryDistress", distress);
    inputs.put("needsServed", needs.name());
    inputs.put("briefComfortingGesture", briefGesture);
    return decisions.evaluateDecisionByKey("boundary-risk").variables(inputs).evaluate().getSingleResult();
  }
}
