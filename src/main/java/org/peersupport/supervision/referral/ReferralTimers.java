package org.peersupport.supervision.referral;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.peersupport.supervision.system.Dates;
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
    LocalDate day = Dates.dayOf(scope.getVariable(ReferralVariables.FOLLOW_UP_DATE));
    return Dates.timerAt(day.plus(settings.referralFollowUpAfter()));
  }

  int attemptsBeforeSupervisor() {
    return settings.referralAttemptsBeforeSupervisor();
  }
}
