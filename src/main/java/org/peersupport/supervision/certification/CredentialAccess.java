package org.peersupport.supervision.certification;

import java.util.List;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationship;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * Who may do what with credentials: a specialist sees and edits their own; a supervisor sees their
 * supervisees'; program leads see everyone's and verify; admins may do everything.
 */
@Component
public class CredentialAccess {

  private final CurrentUser currentUser;
  private final Relationships relationships;

  CredentialAccess(CurrentUser currentUser, Relationships relationships) {
    this.currentUser = currentUser;
    this.relationships = relationships;
  }

  String me() {
    return currentUser.id();
  }

  boolean seesEveryone() {
    return currentUser.isProgramLead() || currentUser.isAdmin();
  }

  public void requireRead(String specialistId) {
    String me = currentUser.id();
    if (!me.equals(specialistId) && !relationships.supervises(me, specialistId) && !seesEveryone()) {
      throw new NotPermittedException("You can see your own credentials and, as a supervisor, your supervisees'.");
    }
  }

  /**
   * Whether the current user may read the specialist's own words (e.g. work-hours notes): the specialist,
   * their supervisor and admins; program leads see the figures without them.
   */
  public boolean readsOwnWords(String specialistId) {
    String me = currentUser.id();
    return me.equals(specialistId) || relationships.supervises(me, specialistId) || currentUser.isAdmin();
  }

  void requireEdit(String specialistId) {
    if (!currentUser.id().equals(specialistId) && !currentUser.isAdmin()) {
      throw new NotPermittedException("Specialists record and correct their own credentials; program leads verify them.");
    }
  }

  void requireVerify() {
    if (!seesEveryone()) {
      throw new NotPermittedException("Program leads verify credentials.");
    }
  }

  /** The specialists whose credentials the current user may list; null means everyone. */
  List<String> visibleSpecialists() {
    if (seesEveryone()) {
      return null;
    }
    String me = currentUser.id();
    if (currentUser.isIn(ProgramRoles.SUPERVISORS)) {
      List<String> supervisees = new java.util.ArrayList<>(relationships.superviseesOf(me).stream()
          .map(SupervisionRelationship::getSpecialistId).toList());
      if (currentUser.isIn(ProgramRoles.SPECIALISTS)) {
        supervisees.add(me);
      }
      return supervisees;
    }
    if (currentUser.isIn(ProgramRoles.SPECIALISTS)) {
      return List.of(me);
    }
    throw new NotPermittedException("Your role does not allow this.");
  }
}
