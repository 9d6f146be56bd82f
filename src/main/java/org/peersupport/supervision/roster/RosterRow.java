package org.peersupport.supervision.roster;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peersupport.supervision.certification.Certification;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;

/**
 * One person of a roster file, typed: who they are, their role, who supervises them (specialists) and
 * one certification (specialists). The file's columns are these components in snake case
 * ({@code user_id}, {@code first_name}, ...), in this order; empty cells are null. Refusals name the
 * column (see {@link #column(String)}), never the value.
 */
record RosterRow(
    @NotBlank @Size(max = 64) @Pattern(regexp = USER_ID, message = USER_ID_MESSAGE) String userId,
    @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String firstName,
    @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String lastName,
    @Size(max = 254) @Email(message = "must be an e-mail address") String email,
    @NotNull RosterRole role,
    @Size(max = 64) @Pattern(regexp = USER_ID, message = USER_ID_MESSAGE) String supervisorId,
    @Size(max = 200) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String certificationBody,
    @Size(max = 200) @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE) String credentialName,
    @Size(max = 64) @Pattern(regexp = Certification.NUMBER_PATTERN,
        message = "must be the credential's number (letters, digits, . / _ -)") String credentialNumber,
    CertificationStage certificationStage,
    @PastOrPresent LocalDate issuedOn,
    LocalDate expiresOn) implements CrossFieldChecked {

  /** Camunda's user ids as this product configures them (generalResourceWhitelistPattern). */
  static final String USER_ID = "[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}";
  static final String USER_ID_MESSAGE = "must be a user id: letters, digits and . _ - (starting with a letter or digit)";
  static final String PRINTABLE = "[^\\p{Cntrl}]*";
  static final String PRINTABLE_MESSAGE = "must not contain control characters";
  static final int LONGEST_VALIDITY_IN_YEARS = 10;

  /** The header row, in order. */
  static final List<String> COLUMNS = Arrays.stream(RosterRow.class.getRecordComponents())
      .map(RecordComponent::getName).map(RosterRow::column).toList();

  /** The file's column of a component (or of a field named like one): {@code userId} is {@code user_id}. */
  static String column(String component) {
    return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }

  boolean hasCertification() {
    return certificationBody != null || credentialName != null || credentialNumber != null
        || certificationStage != null || issuedOn != null || expiresOn != null;
  }

  @Override
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (supervisorId != null && role != null && role != RosterRole.SPECIALIST) {
      problems.add(new FieldProblem("supervisorId", "only a specialist's row names a supervisor"));
    }
    if (supervisorId != null && supervisorId.equalsIgnoreCase(userId)) {
      problems.add(new FieldProblem("supervisorId", "a person cannot supervise themselves"));
    }
    if (hasCertification()) {
      if (role != null && role != RosterRole.SPECIALIST) {
        problems.add(new FieldProblem("certificationBody",
            "only specialists' certifications are kept here (supervisors have their own record)"));
      }
      String needed = "is required when the row has a certification";
      if (certificationBody == null) {
        problems.add(new FieldProblem("certificationBody", needed));
      }
      if (credentialName == null) {
        problems.add(new FieldProblem("credentialName", needed));
      }
      if (credentialNumber == null) {
        problems.add(new FieldProblem("credentialNumber", needed));
      }
      if (certificationStage == null) {
        problems.add(new FieldProblem("certificationStage", needed));
      }
      if (issuedOn == null) {
        problems.add(new FieldProblem("issuedOn", needed));
      }
      if (expiresOn == null) {
        problems.add(new FieldProblem("expiresOn", needed));
      }
      if (issuedOn != null && expiresOn != null) {
        if (!expiresOn.isAfter(issuedOn)) {
          problems.add(new FieldProblem("expiresOn", "must be after issued_on"));
        } else if (expiresOn.isAfter(issuedOn.plusYears(LONGEST_VALIDITY_IN_YEARS))) {
          problems.add(new FieldProblem("expiresOn", "must be within " + LONGEST_VALIDITY_IN_YEARS
              + " years of issued_on"));
        }
      }
    }
    return problems;
  }
}
