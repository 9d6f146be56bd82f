package org.peersupport.supervision.scope;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;

/** The mandatory report of a disclosed abuse or neglect: who reported, to which agency, when, reference. */
@TaskForm("scope-check-mandatory-report")
public record MandatoryReportForm(
    @NotNull MandatedReporter reportedBy,
    @NotNull ReportAgency reportAgency,
    @Size(max = 200) String reportAgencyOther,
    @NotNull @PastOrPresent LocalDate reportedOn,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ./_-]*",
        message = "must be the agency's reference (letters, digits, . / _ -)") String reportReference)
    implements CrossFieldChecked {

  static final int OLDEST_REPORT_IN_DAYS = 92;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (reportedOn.isBefore(LocalDate.now().minusDays(OLDEST_REPORT_IN_DAYS))) {
      return List.of(new FieldProblem("reportedOn", "must be within the last " + OLDEST_REPORT_IN_DAYS + " days"));
    }
    if (reportAgency == ReportAgency.OTHER && reportAgencyOther == null) {
      return List.of(new FieldProblem("reportAgencyOther", "name the agency"));
    }
    return List.of();
  }
}
