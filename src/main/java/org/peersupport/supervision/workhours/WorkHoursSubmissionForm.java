package org.peersupport.supervision.workhours;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/**
 * Supervised work hours a specialist submits for their supervisor's sign-off: a week's or a period's
 * entries, each a day worked, the hours (more than 0, at most 24, two decimals), what they were spent
 * on and an optional short note (peers by code only, never by name).
 */
@TaskForm("work-hours-sign-off-start")
public record WorkHoursSubmissionForm(
    @NotEmpty(message = "add at least one entry") @Size(max = MAX_ENTRIES) @Valid List<Entry> entries)
    implements CrossFieldChecked {

  static final int MAX_ENTRIES = 31;
  static final int OLDEST_ENTRY_IN_DAYS = 183;
  static final BigDecimal HOURS_IN_A_DAY = BigDecimal.valueOf(24);

  /** One day's supervised work. */
  public record Entry(
      @NotNull @PastOrPresent LocalDate workedOn,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
      BigDecimal hours,
      @NotNull WorkActivity activity,
      @Size(max = 200) String note) {}

  public WorkHoursSubmissionForm {
    entries = entries == null ? List.of() : entries;
  }

  @Override
  public List<FieldProblem> crossFieldProblems() {
    return entryProblems(entries);
  }

  /**
   * Rules across entries: each day within the last {@value #OLDEST_ENTRY_IN_DAYS} days, and one day's
   * entries adding up to at most 24 hours.
   */
  static List<FieldProblem> entryProblems(List<Entry> entries) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<LocalDate, BigDecimal> perDay = new HashMap<>();
    LocalDate oldest = LocalDate.now().minusDays(OLDEST_ENTRY_IN_DAYS);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.workedOn().isBefore(oldest)) {
        problems.add(new FieldProblem("entries[" + i + "].workedOn",
            "must be within the last " + OLDEST_ENTRY_IN_DAYS + " days"));
      }
      BigDecimal day = perDay.merge(entry.workedOn(), entry.hours(), BigDecimal::add);
      if (day.compareTo(HOURS_IN_A_DAY) > 0) {
        problems.add(new FieldProblem("entries[" + i + "].hours", "the hours of one day must add up to at most 24"));
      }
    }
    return problems;
  }
}
