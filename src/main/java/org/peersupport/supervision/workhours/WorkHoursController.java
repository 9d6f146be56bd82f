package org.peersupport.supervision.workhours;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peersupport.supervision.certification.CredentialAccess;
import org.peersupport.supervision.people.Relationships;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A specialist's supervised work-hours ledger over /api: every entry with its status, signed-off hours per
 * month and progress toward the initial certification's hours. For the specialist, their supervisor,
 * program leads (without the notes) and admins, like credentials. Entries are written only by the
 * work-hours-sign-off process (submitted in Tasklist); signed-off entries are final.
 */
@RestController
@RequestMapping("/api")
class WorkHoursController {

  private final WorkHoursLedger ledger;
  private final CredentialAccess access;
  private final Relationships relationships;

  WorkHoursController(WorkHoursLedger ledger, CredentialAccess access, Relationships relationships) {
    this.ledger = ledger;
    this.access = access;
    this.relationships = relationships;
  }

  record EntryView(long id, LocalDate workedOn, BigDecimal hours, WorkActivity activity, String note,
      WorkHourStatus status, String supervisorId, Instant submittedAt, String signedBy, Instant signedAt,
      Instant returnedAt, String returnReason, String processInstanceId) {}

  record WorkHoursView(String specialistId, String specialistName, List<EntryView> entries,
      List<WorkHoursLedger.MonthTotal> signedHoursByMonth, BigDecimal signedHoursTotal,
      WorkHoursLedger.Progress initialCertificationProgress) {}

  @Operation(summary = "A specialist's supervised work hours",
      description = "Entries with their sign-off status, signed hours by month and progress toward the initial "
          + "certification. Notes and return reasons only for the specialist, their supervisor and "
          + "administrators (program leads get the figures).")
  @ApiResponse(responseCode = "200", description = "The work hours.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist, their supervisor, a "
      + "program lead or an administrator.")
  @GetMapping("/specialists/{specialistId}/work-hours")
  WorkHoursView workHours(@PathVariable String specialistId) {
    access.requireRead(specialistId);
    boolean ownWords = access.readsOwnWords(specialistId);
    List<WorkHourEntry> entries = ledger.entriesOf(specialistId);
    return new WorkHoursView(specialistId, relationships.displayName(specialistId),
        entries.stream().map(e -> view(e, ownWords)).toList(),
        WorkHoursLedger.signedByMonth(entries),
        entries.stream().filter(WorkHourEntry::isSignedOff).map(WorkHourEntry::getHours)
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        ledger.progress(specialistId, entries).orElse(null));
  }

  private static EntryView view(WorkHourEntry e, boolean ownWords) {
    return new EntryView(e.getId(), e.getWorkedOn(), e.getHours(), e.getActivity(), ownWords ? e.getNote() : null,
        e.getStatus(), e.getSupervisorId(), e.getSubmittedAt(), e.getSignedBy(), e.getSignedAt(), e.getReturnedAt(),
        ownWords ? e.getReturnReason() : null, e.getProcessInstanceId());
  }
}
