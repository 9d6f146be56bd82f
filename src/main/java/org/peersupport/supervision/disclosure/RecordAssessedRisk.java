package org.peersupport.supervision.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After {@code boundary-risk}: the risk level and reason go to the record and to the process, with
 * the review's due time (MODERATE and HIGH; from {@code peer-supervision.reflection.*}) and whether
 * wellness supports are offered right away.
 */
@Component("recordAssessedRisk")
class RecordAssessedRisk implements ExecutionListener {

  private final Reflections reflections;
  private final DisclosureSettings settings;

  RecordAssessedRisk(Reflections reflections, DisclosureSettings settings) {
    this.reflections = reflections;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable(ReflectionVariables.DECISION_RESULT);
    DmnDecisionResultEntries assessed = result.getSingleResult();
    RiskLevel level = RiskLevel.valueOf(assessed.<String>getEntry("riskLevel"));
    String reason = assessed.getEntry("riskReason");
    boolean wellnessSupport = Boolean.TRUE.equals(assessed.getEntry("offerWellnessSupport"));

    DisclosureReflection reflection = reflections.of(execution.getProcessInstanceId());
    reflection.assessed(level, reason, wellnessSupport);
    Instant now = Reflections.now();
    Duration dueIn = switch (level) {
      case LOW -> null;
      case MODERATE -> settings.moderateReviewDueIn();
      case HIGH -> settings.highReviewDueIn();
    };
    if (dueIn != null) {
      reflection.reviewDue(now.plus(dueIn));
      execution.setVariable(ReflectionVariables.REVIEW_DUE_AT, Date.from(now.plus(dueIn)));
    }
    execution.setVariable(ReflectionVariables.RISK_LEVEL, level.name());
    execution.setVariable(ReflectionVariables.RISK_LEVEL_LABEL, level.label());
    execution.setVariable(ReflectionVariables.RISK_REASON, reason);
    execution.setVariable(ReflectionVariables.OFFER_WELLNESS_SUPPORT, wellnessSupport);
  }
}
