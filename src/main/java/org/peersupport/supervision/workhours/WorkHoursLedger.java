package org.peersupport.supervision.workhours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.peersupport.supervision.certification.Certification;
import org.peersupport.supervision.certification.Certifications;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.certification.CertificationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A specialist's ledger of supervised work hours toward their initial certification: entries submitted
 * for sign-off (work-hours-sign-off), signed off or returned by the supervisor. Only signed-off hours
 * count: per month (by the day worked), and toward {@code initial-work-hours-required} within
 * {@code initial-work-hours-within} of the initial certification's issue date.
 */
@Service
public class WorkHoursLedger {

  /** Signed-off hours of one month (by the day worked). */
  public record MonthTotal(YearMonth month, BigDecimal signedHours) {}

  /**
   * Signed-off hours toward the initial certification: worked from its issue date ({@code from}) to
   * {@code to} (the day before the window's end), both days included.
   */
  public record Progress(long certificationId, LocalDate from, LocalDate to, BigDecimal signedHours,
      BigDecimal requiredHours, BigDecimal remainingHours, boolean met) {}

  private final WorkHourEntries entries;
  private final Certifications certifications;
  private final WorkHoursSettings settings;

  public WorkHoursLedger(WorkHourEntries entries, Certifications certifications,
      WorkHoursSettings settings) {
    this.entries = entries;
    this.certifications = certifications;
    this.settings = settings;
  }

  /** Writes the submitted entries of one sign-off process, waiting for the supervisor. */
  @Transactional
  public List<WorkHourEntry> submit(String specialistId, String supervisorId, String processInstanceId,
      List<WorkHoursSubmissionForm.Entry> submitted, Instant at) {
    return entries.saveAll(submitted.stream().map(e -> new WorkHourEntry(specialistId, supervisorId,
        processInstanceId, e.workedOn(), e.hours(), e.activity(), e.note(), at)).toList());
  }

  /** The supervisor signs off the process's waiting entries; they are final from now on. */
  @Transactional
  public List<WorkHourEntry> signOff(String processInstanceId, String by, Instant at) {
    List<WorkHourEntry> waiting = waiting(processInstanceId);
    waiting.forEach(entry -> entry.signOff(by, at));
    return waiting;
  }

  /** The supervisor returns the process's waiting entries for correction. */
  @Transactional
  public List<WorkHourEntry> returnForCorrection(String processInstanceId, String by, Instant at, String reason) {
    List<WorkHourEntry> waiting = waiting(processInstanceId);
    waiting.forEach(entry -> entry.returnForCorrection(by, at, reason));
    return waiting;
  }

  @Transactional(readOnly = true)
  public List<WorkHourEntry> waiting(String processInstanceId) {
    return entries.findByProcessInstanceIdAndStatusOrderByWorkedOnAscIdAsc(processInstanceId, WorkHourStatus.SUBMITTED);
  }

  /** Every entry of the specialist, newest day first. */
  @Transactional(readOnly = true)
  public List<WorkHourEntry> entriesOf(String specialistId) {
    return entries.findBySpecialistIdOrderByWorkedOnDescIdDesc(specialistId);
  }

  /** Signed-off hours per month (by the day worked), oldest month first; months without any are left out. */
  public static List<MonthTotal> signedByMonth(List<WorkHourEntry> ledger) {
    Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
    for (WorkHourEntry entry : ledger) {
      if (entry.isSignedOff()) {
        byMonth.merge(YearMonth.from(entry.getWorkedOn()), entry.getHours(), BigDecimal::add);
      }
    }
    return byMonth.entrySet().stream().map(e -> new MonthTotal(e.getKey(), e.getValue())).toList();
  }

  /**
   * Progress toward the initial certification's work hours, or empty without an initial certification
   * (the one of stage INITIAL issued last that is not closed).
   */
  @Transactional(readOnly = true)
  public Optional<Progress> progress(String specialistId, List<WorkHourEntry> ledger) {
    return certifications.findBySpecialistIdOrderByExpiresOnDesc(specialistId).stream()
        .filter(c -> c.getStage() == CertificationStage.INITIAL && c.getStatus() != CertificationStatus.NOT_RENEWED)
        .max(Comparator.comparing(Certification::getIssuedOn).thenComparing(Certification::getId))
        .map(initial -> progress(initial, ledger));
  }

  private Progress progress(Certification initial, List<WorkHourEntry> ledger) {
    LocalDate from = initial.getIssuedOn();
    LocalDate to = from.plus(settings.initialWorkHoursWithin()).minusDays(1);
    BigDecimal signed = ledger.stream()
        .filter(e -> e.isSignedOff() && !e.getWorkedOn().isBefore(from) && !e.getWorkedOn().isAfter(to))
        .map(WorkHourEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal required = settings.initialWorkHoursRequired();
    BigDecimal remaining = required.subtract(signed).max(BigDecimal.ZERO);
    return new Progress(initial.getId(), from, to, signed, required, remaining, signed.compareTo(required) >= 0);
  }
}
