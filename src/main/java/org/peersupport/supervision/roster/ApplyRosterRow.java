package org.peersupport.supervision.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.certification.Certification;
import org.peersupport.supervision.certification.CertificationStatus;
import org.peersupport.supervision.certification.CertificationTimers;
import org.peersupport.supervision.certification.Credentials;
import org.peersupport.supervision.system.Dates;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.TasklistFilters;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * Brings one person in line with their (checked) row, inside the caller's transaction, through the same
 * paths as the rest of the product: the engine's identity service for the user and their group (group
 * authorizations and Tasklist filters as the demo program's users have them), {@link Relationships} for
 * who supervises them, {@link Credentials} for their certification (which starts certification-renewal;
 * a later expiry is recorded as a renewal). Lists what it changed; with {@code dryRun} it only lists what
 * it would change. A rule broken on the way is a {@link FormRejectedException}, and the caller rolls the
 * row back.
 *
 * <p>What it never does: set a password (new people get an unusable one and an activation link), remove
 * a group membership, end a relationship without naming the new supervisor, or touch an administrator.
 * Nor does it change the importer's own account, groups or relationships, or grant program-lead or
 * administrator rights for an importer who is not an administrator ({@link RosterChecks} refuses such
 * rows first; this checks again where the writes are, against the database as it is now).
 */
@Component
class ApplyRosterRow {

  /** What one row did: whether it created the person, and each change in words (no names, no e-mail). */
  record Applied(boolean created, List<String> changes) {

    RowOutcome outcome() {
      return created ? RowOutcome.CREATED : changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }
  }

  private final IdentityService identityService;
  private final Relationships relationships;
  private final Credentials credentials;
  private final TasklistFilters filters;
  private final CertificationTimers timers;

  ApplyRosterRow(IdentityService identityService, Relationships relationships, Credentials credentials,
      TasklistFilters filters, CertificationTimers timers) {
    this.identityService = identityService;
    this.relationships = relationships;
    this.credentials = credentials;
    this.filters = filters;
    this.timers = timers;
  }

  Applied apply(RosterRow row, long importId, RosterChecks.Importer importer, boolean dryRun) {
    return Privileged.call(identityService, () -> applyAsTheProduct(row, importId, importer, dryRun));
  }

  private Applied applyAsTheProduct(RosterRow row, long importId, RosterChecks.Importer by, boolean dryRun) {
    String importer = by.userId();
    String userId = row.userId();
    if (by.is(userId)) {
      throw FormRejectedException.of(RosterFile.FORM, "userId", RosterChecks.ABOUT_YOU);
    }
    if (by.is(row.supervisorId())) {
      throw FormRejectedException.of(RosterFile.FORM, "supervisorId", RosterChecks.NAMES_YOU);
    }
    String group = row.role().group();
    if (!by.admin() && (group.equals(ProgramRoles.PROGRAM_LEADS) || group.equals(ProgramRoles.ADMINS))) {
      throw FormRejectedException.of(RosterFile.FORM, "role", RosterChecks.GRANTS_PROGRAM_LEAD);
    }
    List<String> changes = new ArrayList<>();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    boolean created = user == null;
    if (created) {
      changes.add(dryRun ? "would create their account, without a password: they would choose one with their activation link"
          : "created their account, without a password: they choose one with their activation link");
      if (!dryRun) {
        user = identityService.newUser(userId);
        describe(user, row);
        user.setPassword(Activations.unusablePassword());
        identityService.saveUser(user);
      }
    } else {
      if (isMember(userId, ProgramRoles.ADMINS)) {
        throw FormRejectedException.of(RosterFile.FORM, "userId",
            "is an administrator: administrators are changed in Camunda Admin, not by a roster");
      }
      List<String> changed = new ArrayList<>();
      if (!Objects.equals(user.getFirstName(), row.firstName())) {
        changed.add("first name");
      }
      if (!Objects.equals(user.getLastName(), row.lastName())) {
        changed.add("last name");
      }
      if (!Objects.equals(emptyAsNull(user.getEmail()), row.email())) {
        changed.add("e-mail");
      }
      if (!changed.isEmpty()) {
        changes.add((dryRun ? "would change the " : "changed the ") + inWords(changed));
        if (!dryRun) {
          describe(user, row);
          identityService.saveUser(user);
        }
      }
    }

    if (created || !isMember(userId, group)) {
      changes.add((dryRun ? "would add them as " : "added them as ") + row.role().inWords());
      if (!dryRun) {
        identityService.createMembership(userId, group);
        if (row.role() == RosterRole.SUPERVISOR) {
          filters.ensureTeamFilter(userId);
        }
      }
    }

    if (row.supervisorId() != null) {
      Optional<String> current = created ? Optional.empty() : relationships.supervisorOf(userId);
      if (!current.equals(Optional.of(row.supervisorId()))) {
        if (current.filter(by::is).isPresent()) {
          throw FormRejectedException.of(RosterFile.FORM, "supervisorId", "would end your own supervision of "
              + "this person: a roster import cannot change your own account, role or supervision. Ask another "
              + "program lead or an administrator.");
        }
        String next = relationships.displayName(row.supervisorId());
        changes.add(current.map(previous -> (dryRun ? "supervisor would change to " : "supervisor changed to ") + next
            + (dryRun ? " (the supervision by " + relationships.displayName(previous) + " would end)"
                : " (the supervision by " + relationships.displayName(previous) + " ended)"))
            .orElse((dryRun ? "would be supervised by " : "supervised by ") + next));
        if (!dryRun) {
          relationships.assign(row.supervisorId(), userId, LocalDate.now());
        }
      }
    }

    if (row.hasCertification()) {
      certification(row, created, importId, importer, dryRun, changes);
    }
    return new Applied(created, changes);
  }

  private void certification(RosterRow row, boolean created, long importId, String importer, boolean dryRun,
      List<String> changes) {
    Credentials.CertificationDetails details = new Credentials.CertificationDetails(row.certificationBody(),
        row.credentialName(), row.credentialNumber(), row.certificationStage(), row.issuedOn());
    Optional<Certification> recorded = created ? Optional.empty() : credentials.certificationsOf(row.userId()).stream()
        .filter(c -> c.getIssuingBody().equals(row.certificationBody())
            && c.getCredentialNumber().equals(row.credentialNumber()))
        .findFirst();
    if (recorded.isEmpty()) {
      if (!row.expiresOn().isAfter(LocalDate.now())) {
        throw FormRejectedException.of(RosterFile.FORM, "expiresOn",
            "must be in the future for a certification not recorded yet");
      }
      LocalDate window = timers.windowOpensOn(row.expiresOn());
      String renewal = window.isAfter(LocalDate.now())
          ? "its renewal task and reminders " + (dryRun ? "would" : "will") + " start on " + Dates.shown(window)
              + ", " + timers.windowDays() + " days before it expires on " + Dates.shown(row.expiresOn())
          : "it expires on " + Dates.shown(row.expiresOn()) + ": its renewal task and reminders "
              + (dryRun ? "would start" : "start") + " now";
      changes.add((dryRun ? "would record the certification " : "recorded the certification ") + row.credentialNumber()
          + "; " + renewal);
      if (!dryRun) {
        credentials.recordCertification(row.userId(), details, row.expiresOn(), importer);
      }
      return;
    }
    Certification certification = recorded.get();
    if (!certification.getCredentialName().equals(row.credentialName())
        || certification.getStage() != row.certificationStage()
        || !certification.getIssuedOn().equals(row.issuedOn())) {
      changes.add((dryRun ? "would correct the certification " : "corrected the certification ")
          + row.credentialNumber() + " (to be verified again)");
      if (!dryRun) {
        credentials.correctCertification(certification.getId(), details);
      }
    }
    if (!certification.getExpiresOn().equals(row.expiresOn())) {
      if (row.expiresOn().isBefore(certification.getExpiresOn())) {
        throw FormRejectedException.of(RosterFile.FORM, "expiresOn",
            "is before the recorded expiry: an expiry moves only forward, by a renewal");
      }
      if (certification.getStatus() == CertificationStatus.NOT_RENEWED) {
        throw FormRejectedException.of(RosterFile.FORM, "expiresOn",
            "cannot move: the certification was closed as not renewed (a new credential has its own number)");
      }
      changes.add((dryRun ? "would record a renewal of the certification " : "recorded a renewal of the certification ")
          + row.credentialNumber() + ": it expires on " + Dates.shown(row.expiresOn()));
      if (!dryRun) {
        credentials.recordRenewal(certification.getId(), row.expiresOn(),
            "Renewal recorded from the program's roster (import " + importId + " by " + importer + ").");
      }
    }
  }

  private static void describe(User user, RosterRow row) {
    user.setFirstName(row.firstName());
    user.setLastName(row.lastName());
    user.setEmail(row.email());
  }

  private boolean isMember(String userId, String groupId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  /** "first name", "first name and e-mail", "first name, last name and e-mail". */
  private static String inWords(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static String emptyAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
