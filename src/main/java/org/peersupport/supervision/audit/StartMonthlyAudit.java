package org.peersupport.supervision.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The monthly schedule starts a scope audit of the month before. */
@Component("startMonthlyAudit")
class StartMonthlyAudit implements JavaDelegate {

  private final RuntimeService runtimeService;

  StartMonthlyAudit(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuditPeriod period = AuditPeriod.monthBefore(
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()));
    String audit = runtimeService.startProcessInstanceByKey("scope-audit", "monthly-" + period.label(),
        Map.of("periodFrom", period.from().toString(), "periodTo", period.to().toString())).getId();
    execution.setVariable("auditProcessInstanceId", audit);
  }
}
