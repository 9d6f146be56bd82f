package org.peersupport.supervision.audit;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.Dates;
import org.springframework.stereotype.Component;

/**
 * Produces the period's report (the period of the start form, or the month before when the schedule
 * started it), keeps its headline figures as the audit's record, and gives the review
 * step what it shows: the headline figures and the supervisors who can be asked to follow up.
 */
@Component("produceAuditReport")
class ProduceAuditReport implements JavaDelegate {

  static final ObjectMapper JSON = new ObjectMapper();

  private final AuditFigures figures;
  private final AuditReviews reviews;
  private final IdentityService identityService;

  ProduceAuditReport(AuditFigures figures, AuditReviews reviews, IdentityService identityService) {
    this.figures = figures;
    this.reviews = reviews;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    AuditPeriod period = new AuditPeriod(Dates.dayOf(execution.getVariable("periodFrom")),
        Dates.dayOf(execution.getVariable("periodTo")));
    Authentication caller = identityService.getCurrentAuthentication();
    AuditReport report = figures.report(period, null);
    AuditReview review = reviews.save(new AuditReview(execution.getProcessInstanceId(), report,
        caller == null ? null : caller.getUserId()));

    execution.setVariable("auditReviewId", review.getId());
    execution.setVariable("periodFrom", period.from().toString());
    execution.setVariable("periodTo", period.to().toString());
    execution.setVariable("periodLabel", period.shown());
    execution.setVariable("cyclesCompleted", review.getCyclesCompleted());
    execution.setVariable("cyclesOnTimePercent", report.cycles().onTimePercent() == null ? "no cycles completed"
        : report.cycles().onTimePercent() + "%");
    execution.setVariable("specialistsBelowMinimum", review.getSpecialistsBelowMinimum());
    execution.setVariable("specialistsAudited", review.getSpecialists());
    execution.setVariable("overdueReflections", review.getOverdueReflections());
    execution.setVariable("crisisEscalations", review.getCrisisEscalations());
    execution.setVariable("referralsLostToFollowUp", review.getReferralsLostToFollowUp());
    execution.setVariable("roleDriftSignals", review.getRoleDriftSignals());
    execution.setVariable("supervisorOptions", SpinValues.jsonValue(JSON.writeValueAsString(supervisorOptions())).create());
  }

  private List<Map<String, String>> supervisorOptions() {
    return Privileged.call(identityService, () -> identityService.createUserQuery()
        .memberOfGroup(ProgramRoles.SUPERVISORS).orderByUserLastName().asc().list()).stream()
        .map((User u) -> Map.of("label", Relationships.displayName(u), "value", u.getId()))
        .toList();
  }
}
