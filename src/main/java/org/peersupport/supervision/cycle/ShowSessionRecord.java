package org.peersupport.supervision.cycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.validation.FormWords;
import org.peersupport.supervision.validation.ShownText;
import org.springframework.stereotype.Component;

/**
 * When the specialist is asked to sign: the whole session record, in words, as the supervisor recorded it
 * ({@code recordShown}: date, length, format, topics, competencies, each action item, the notes). A
 * task-local display value, for the task's life.
 */
@Component("showSessionRecord")
class ShowSessionRecord implements TaskListener {

  static final String RECORD = "recordShown";
  static final String FORM = "supervision-cycle-session-record";

  private final FormValidator forms;

  ShowSessionRecord(FormValidator forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    SessionRecordForm record = forms.read(SessionRecordForm.class, task.getVariables());
    ShownText shown = new ShownText()
        .line("Date", Dates.shown(record.sessionDate()))
        .line("Length", record.durationMinutes() + " minutes")
        .line(FormWords.label(FORM, "sessionFormat"), FormWords.choice(FORM, "sessionFormat", record.sessionFormat()))
        .list(FormWords.label(FORM, "topics"), FormWords.choices(FORM, "topics", record.topics()))
        .list(FormWords.label(FORM, "competenciesDiscussed"),
            FormWords.choices(FORM, "competenciesDiscussed", record.competenciesDiscussed()));
    shown.heading(FormWords.label(FORM, "actionItems"));
    if (record.actionItems().isEmpty()) {
      shown.paragraph("No action items were agreed.");
    }
    for (SessionRecordForm.ActionItem item : record.actionItems()) {
      shown.bullet(describe(item.what(), item.owner(), item.dueDate(), item.asksForReflection()));
    }
    shown.heading("Notes");
    shown.paragraph(record.sessionNotes() == null || record.sessionNotes().isBlank() ? "No notes." : record.sessionNotes());
    task.setVariableLocal(RECORD, shown.toString());
  }

  /** An action item in words: "Practise Ask-Share-Ask — the specialist, by 8 Dec 2026". */
  static String describe(String what, ActionItemOwner owner, LocalDate dueDate, boolean asksForReflection) {
    String who = owner == null ? "" : FormWords.choice(FORM, "actionItems.owner", owner.name()).toLowerCase(java.util.Locale.ROOT);
    return what + " (" + who + ", by " + Dates.shown(dueDate) + ")"
        + (asksForReflection ? "; asks for a disclosure and boundary reflection" : "");
  }
}
