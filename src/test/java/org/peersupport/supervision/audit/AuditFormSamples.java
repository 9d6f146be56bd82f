package org.peersupport.supervision.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peersupport.supervision.validation.FormSamples;

/** Valid submissions of the scope audit's forms, as Tasklist sends them. */
public class AuditFormSamples implements FormSamples {

  @Override
  public Map<String, Map<String, Object>> samples() {
    LocalDate today = LocalDate.now();
    Map<String, Object> start = new HashMap<>();
    start.put("periodFrom", today.minusDays(30).toString());
    start.put("periodTo", today.toString());
    Map<String, Object> review = new HashMap<>();
    review.put("findings", SpinValues.jsonValue("[{\"findingCategory\":\"SUPERVISION_FREQUENCY\",\"findingSummary\":"
        + "\"Two specialists below the monthly minimum\",\"followUpSupervisorId\":\"maria\",\"followUpAction\":"
        + "\"Plan two sessions a month\",\"followUpDueDate\":\"" + today.plusDays(14) + "\"}]").create());
    Map<String, Object> followUp = new HashMap<>();
    followUp.put("followUpDone", true);
    followUp.put("followUpNote", "Sessions planned.");
    return Map.of(
        "scope-audit-start", start,
        "scope-audit-review-findings", review,
        "scope-audit-follow-up-action", followUp);
  }
}
