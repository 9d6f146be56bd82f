package org.peersupport.supervision.audit;

import java.util.regex.Pattern;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * Whose figures the current user may see: program leads and admins the whole program or any
 * supervisor's team; a supervisor only their own team; nobody else anything.
 */
@Component
class AuditAccess {

  private static final Pattern USER_ID = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}$");

  private final CurrentUser currentUser;

  AuditAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  /** The supervisor whose team the report covers (null: the whole program), or 403. */
  String teamFor(String requestedSupervisorId) {
    String me = currentUser.id();
    if (requestedSupervisorId != null && !requestedSupervisorId.isBlank() && !USER_ID.matcher(requestedSupervisorId).matches()) {
      throw FormRejectedException.of("audit-period", "supervisorId", "must be a user id");
    }
    if (currentUser.isProgramLead() || currentUser.isAdmin()) {
      return requestedSupervisorId == null || requestedSupervisorId.isBlank() ? null : requestedSupervisorId;
    }
    if (currentUser.isIn(ProgramRoles.SUPERVISORS)) {
      if (requestedSupervisorId == null || requestedSupervisorId.isBlank() || requestedSupervisorId.equals(me)) {
        return me;
      }
      throw new NotPermittedException("Supervisors see the figures of their own team only.");
    }
    throw new NotPermittedException("The audit is for program leads, and for supervisors about their own team.");
  }
}
