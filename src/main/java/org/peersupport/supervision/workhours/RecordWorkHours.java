package org.peersupport.supervision.workhours;

import static org.peersupport.supervision.workhours.WorkHoursVariables.CORRECTION_DECISION;
import static org.peersupport.supervision.workhours.WorkHoursVariables.ENTRIES;
import static org.peersupport.supervision.workhours.WorkHoursVariables.ENTRIES_SUMMARY;
import static org.peersupport.supervision.workhours.WorkHoursVariables.RETURN_REASON;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SIGN_OFF_DECISION;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SPECIALIST_ID;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SUBMITTED_HOURS;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SUBMITTED_ON;
import static org.peersupport.supervision.workhours.WorkHoursVariables.SUPERVISOR_ID;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.validation.FormWords;
import org.peersupport.supervision.validation.PlainText;
import org.springframework.stereotype.Component;

/**
 * The submitted (or corrected and resubmitted) entries go into the specialist's ledger, waiting for the
 * supervisor; the supervisor's form gets them as one line each. A resubmission starts the sign-off afresh
 * (the last decision and return reason are cleared, so the forms open empty). Tasklist's start dialog sends
 * the list as JSON text, which Camunda Forms cannot show as rows; kept as a JSON value, the entries are
 * there to correct when the supervisor returns them.
 */
@Component("recordWorkHours")
class RecordWorkHours implements JavaDelegate {

  private final FormValidator validator;
  private final WorkHoursLedger ledger;

  RecordWorkHours(FormValidator validator, WorkHoursLedger ledger) {
    this.validator = validator;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WorkHoursSubmissionForm form = validator.read(WorkHoursSubmissionForm.class, execution.getVariablesTyped());
    List<WorkHourEntry> written = ledger.submit((String) execution.getVariable(SPECIALIST_ID),
        (String) execution.getVariable(SUPERVISOR_ID), execution.getProcessInstanceId(), form.entries(), Instant.now());
    execution.setVariable(ENTRIES_SUMMARY, written.stream().map(RecordWorkHours::line).collect(Collectors.joining("\n")));
    execution.setVariable(SUBMITTED_HOURS, written.stream().map(WorkHourEntry::getHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString());
    execution.setVariable(SUBMITTED_ON, LocalDate.now().toString());
    execution.removeVariable(SIGN_OFF_DECISION);
    execution.removeVariable(RETURN_REASON);
    execution.removeVariable(CORRECTION_DECISION);
    if (execution.getVariable(ENTRIES) instanceof String json) {
      execution.setVariable(ENTRIES, SpinValues.jsonValue(json).create());
    }
  }

  /**
   * "- 2 Mar 2026: 6.5 h, one-to-one peer support (note)" for the supervisor's form (Markdown list), the
   * activity in the words of the form the specialist chose it on; the specialist's note as plain text
   * ({@link PlainText}), so it cannot become a link or markup there.
   */
  static String line(WorkHourEntry entry) {
    return "- " + PlainText.markdown(Dates.shown(entry.getWorkedOn()) + ": "
        + entry.getHours().stripTrailingZeros().toPlainString() + " h, "
        + FormWords.choice("work-hours-sign-off-start", "entries.activity", entry.getActivity().name()).toLowerCase()
        + (entry.getNote() == null ? "" : " (" + entry.getNote() + ")"));
  }
}
