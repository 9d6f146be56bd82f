package org.peersupport.supervision.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The person behind the current request, as the engine's identity service authenticated them (HTTP
 * Basic on /api and /engine-rest, the webapps' login on /camunda).
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new NotPermittedException("Sign in first.");
    }
    return authentication.getUserId();
  }

  public boolean isIn(String groupId) {
    Authentication authentication = identityService.getCurrentAuthentication();
    List<String> groups = authentication == null ? null : authentication.getGroupIds();
    return groups != null && groups.contains(groupId);
  }

  public boolean isAdmin() {
    return isIn(ProgramRoles.ADMINS);
  }

  public boolean isProgramLead() {
    return isIn(ProgramRoles.PROGRAM_LEADS);
  }

  /** Refuses unless the current user is in one of the groups. */
  public void require(String... groupIds) {
    for (String group : groupIds) {
      if (isIn(group)) {
        return;
      }
    }
    throw new NotPermittedException("Your role does not allow this.");
  }
}
