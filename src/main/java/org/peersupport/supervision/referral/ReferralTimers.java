package org.peersupport.supervision.referral;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * When the referral's follow-up is due: {@code peer-supervision.scope.referral-follow-up-after} after
 * the appointment date (or after the date agreed when re-engaging), at the start of that day.
 */
@Component("referralTimers")
public class ReferralTimers {

  private final ReferralSettings settings;

  public ReferralTimers(ReferralSettings settings) {
    this.settings = settings;
  }

  public Date followUpAt(VariableScope scope) {
    LocalDate day = LocalDate.parse(scope.getVariable(ReferralVariables.FOLLOW_UP_DATE).toString().substring(0, 10));
    return Date.from(day.plus(settings.referralFollowUpAfter()).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  int attemptsBeforeSupervisor() {
    return settings.referralAttemptsBeforeSupervisor();
  }
}
