package org.peersupport.supervision.disclosure;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.system.Dates;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supervision cycle shows about a specialist's disclosure and boundary reflections: those
 * since their previous cycle's reflection (type, date, risk, review; never the text). LOW reflections
 * are marked as topics for the coming session.
 */
@Service
public class RecentReflections {

  /** Most lines shown on the cycle's form; older ones are counted. */
  static final int MAX_LINES = 20;

  private final Reflections repository;
  private final HistoryService historyService;
  private final IdentityService identityService;

  public RecentReflections(Reflections repository, @Lazy HistoryService historyService,
      @Lazy IdentityService identityService) {
    this.repository = repository;
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /** The reflections submitted after the specialist's previous supervision-cycle reflection. */
  @Transactional(readOnly = true)
  public List<DisclosureReflection> sincePreviousCycle(String specialistId) {
    return repository.findBySpecialistIdAndSubmittedAtAfterOrderBySituationDateAsc(specialistId,
        previousCycleReflection(specialistId));
  }

  /** A short text for the cycle's reflection form (Markdown list), one line per reflection. */
  public String summaryFor(String specialistId) {
    List<DisclosureReflection> recent = sincePreviousCycle(specialistId);
    if (recent.isEmpty()) {
      return "No disclosure or boundary reflections since your last supervision cycle.";
    }
    StringBuilder text = new StringBuilder();
    int shown = Math.min(recent.size(), MAX_LINES);
    for (DisclosureReflection reflection : recent.subList(recent.size() - shown, recent.size())) {
      text.append("- ").append(Dates.shown(reflection.getSituationDate())).append(" · ")
          .append(reflection.getSituationType().label()).append(" · ")
          .append(reflection.getRiskLevel() == null ? "risk not assessed yet"
              : reflection.getRiskLevel().name().toLowerCase(java.util.Locale.ROOT) + " risk");
      if (reflection.getRiskLevel() == RiskLevel.LOW) {
        text.append(" · a topic for this session");
      } else if (reflection.getReviewedAt() != null) {
        text.append(" · reviewed");
      } else if (reflection.getRiskLevel() != null) {
        text.append(" · review open");
      }
      text.append('\n');
    }
    if (recent.size() > shown) {
      text.append("- and ").append(recent.size() - shown).append(" earlier\n");
    }
    return text.toString().stripTrailing();
  }

  private Instant previousCycleReflection(String specialistId) {
    List<HistoricTaskInstance> previous = Privileged.call(identityService, () ->
        historyService.createHistoricTaskInstanceQuery().processDefinitionKey("supervision-cycle")
            .taskDefinitionKey("Task_CompleteReflection").taskAssignee(specialistId).finished()
            .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1));
    return previous.isEmpty() ? Instant.EPOCH : previous.get(0).getEndTime().toInstant();
  }
}
