package org.peersupport.supervision.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * The program's groups and the Camunda authorizations of each role, created at every start when
 * missing. What a role may do with one piece of work (a task, a cycle) is granted per instance:
 * assignees get TASK_WORK on their tasks from the engine; supervisors get READ on their
 * supervisees' tasks (see {@code RelationshipVisibilityPlugin}).
 *
 * <p>Who sees whom in lists of users and groups (Tasklist's names, {@code GET /user}, {@code GET /group}):
 * everyone reads their own user (never more: see {@link OwnUserReadOnlyPlugin}) and the groups they are
 * in; a specialist reads their active supervisor and a supervisor their active supervisees, by a READ
 * grant per person kept in step by {@link Relationships} and re-synced here at every start; program
 * leads read everyone. The product owns the per-person grants that are exactly READ on another user:
 * one made by hand is removed at the next start unless a relationship backs it.
 */
@Component
public class ProgramAuthorizations {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  private final SupervisionRelationshipRepository relationships;

  public ProgramAuthorizations(IdentityService identityService, AuthorizationService authorizationService,
      SupervisionRelationshipRepository relationships) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.relationships = relationships;
  }

  public void ensure() {
    ensureGroup(ProgramRoles.ADMINS, "Program administrators", "SYSTEM");
    ensureGroup(ProgramRoles.SPECIALISTS, "Peer specialists", "WORKFLOW");
    ensureGroup(ProgramRoles.SUPERVISORS, "Supervisors", "WORKFLOW");
    ensureGroup(ProgramRoles.PROGRAM_LEADS, "Program leads", "WORKFLOW");

    for (Resource resource : Resources.values()) {
      grant(ProgramRoles.ADMINS, resource, "*", Permissions.ALL);
    }
    for (String group : new String[] {ProgramRoles.SPECIALISTS, ProgramRoles.SUPERVISORS, ProgramRoles.PROGRAM_LEADS}) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // members read their own group (Camunda grants it when a group is created; kept for older installs)
      grant(group, Resources.GROUP, group, Permissions.READ);
    }
    // program leads read the whole program; specialists and supervisors only whom they work with (below)
    grant(ProgramRoles.PROGRAM_LEADS, Resources.USER, "*", Permissions.READ);
    grant(ProgramRoles.PROGRAM_LEADS, Resources.GROUP, "*", Permissions.READ);
    for (String group : new String[] {ProgramRoles.SPECIALISTS, ProgramRoles.SUPERVISORS}) {
      revokeGranted(group, Resources.USER, "*", Permissions.READ);
      revokeGranted(group, Resources.GROUP, "*", Permissions.READ);
    }
    ownUserReadOnly();
    syncPeopleVisibility();
    // supervisors start supervision cycles from Tasklist; both see the diagram of their own work
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "supervision-cycle",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(ProgramRoles.SPECIALISTS, Resources.PROCESS_DEFINITION, "supervision-cycle", Permissions.READ);
    grant(ProgramRoles.PROGRAM_LEADS, Resources.PROCESS_DEFINITION, "program-lead-follow-up", Permissions.READ);
    // specialists raise scope checks from Tasklist; referrals are started by the scope check (call
    // activity), never by hand; both roles see the diagrams of the work they take part in
    grant(ProgramRoles.SPECIALISTS, Resources.PROCESS_DEFINITION, "scope-check",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(ProgramRoles.SPECIALISTS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(ProgramRoles.SPECIALISTS, Resources.PROCESS_DEFINITION, "licensed-care-referral", Permissions.READ);
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "scope-check", Permissions.READ);
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "licensed-care-referral", Permissions.READ);
    // specialists and supervisors start disclosure and boundary reflections from Tasklist; program
    // leads answer ethics consultations on them (a process of its own that carries no reflection text)
    for (String group : new String[] {ProgramRoles.SPECIALISTS, ProgramRoles.SUPERVISORS}) {
      grant(group, Resources.PROCESS_DEFINITION, "disclosure-reflection", Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    // the supervisor's review calls the consultation, so the supervisor reads its definition (not its instances)
    grant(ProgramRoles.PROGRAM_LEADS, Resources.PROCESS_DEFINITION, "disclosure-reflection-ethics-consultation",
        Permissions.READ);
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "disclosure-reflection-ethics-consultation",
        Permissions.READ);
    // answering a consultation resumes the calling reflection: program leads read its definition (the
    // diagram), never its instances, tasks or variables
    grant(ProgramRoles.PROGRAM_LEADS, Resources.PROCESS_DEFINITION, "disclosure-reflection", Permissions.READ);
    // certification-renewal is started by the product when a certification is recorded (never by hand);
    // specialists and supervisors see the diagram of the renewal and reminder tasks they take part in
    grant(ProgramRoles.SPECIALISTS, Resources.PROCESS_DEFINITION, "certification-renewal", Permissions.READ);
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "certification-renewal", Permissions.READ);
    // specialists submit supervised work hours for their supervisor's sign-off from Tasklist; supervisors
    // see the diagram of the sign-off they take part in
    grant(ProgramRoles.SPECIALISTS, Resources.PROCESS_DEFINITION, "work-hours-sign-off",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "work-hours-sign-off", Permissions.READ);
    // program leads start scope-compliance audits on demand (the schedule starts the monthly one);
    // supervisors see the diagram of the follow-up actions asked of them
    grant(ProgramRoles.PROGRAM_LEADS, Resources.PROCESS_DEFINITION, "scope-audit",
        Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(ProgramRoles.PROGRAM_LEADS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    // the review's call activity starts one follow-up per action (the engine checks READ on it)
    grant(ProgramRoles.PROGRAM_LEADS, Resources.PROCESS_DEFINITION, "scope-audit-follow-up", Permissions.READ);
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "scope-audit-follow-up", Permissions.READ);
    // a finished follow-up returns to its audit (the engine checks READ on that definition, not its data)
    grant(ProgramRoles.SUPERVISORS, Resources.PROCESS_DEFINITION, "scope-audit", Permissions.READ);
  }

  /** Grants the permissions to a group on one resource, adding to what it already has. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean missing = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing || authorization.getId() == null) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  /** Grants the permissions to one user on one resource, adding to what they already have. */
  public void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setUserId(userId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  /**
   * Whether the two people may read each other's user: exactly while one of them supervises the other.
   * Called whenever a relationship between them starts or ends, inside its transaction.
   */
  public void syncPair(String supervisorId, String specialistId) {
    boolean linked = isLinked(supervisorId, specialistId);
    Privileged.run(identityService, () -> {
      setPersonRead(supervisorId, specialistId, linked);
      setPersonRead(specialistId, supervisorId, linked);
    });
  }

  /** All per-person grants on users, from the active relationships: missing ones added, stale ones removed. */
  void syncPeopleVisibility() {
    Set<List<String>> wanted = new HashSet<>();
    relationships.findByActiveTrueOrderBySupervisorIdAscSpecialistIdAsc().forEach(r -> {
      wanted.add(List.of(r.getSupervisorId(), r.getSpecialistId()));
      wanted.add(List.of(r.getSpecialistId(), r.getSupervisorId()));
    });
    for (Authorization existing : authorizationService.createAuthorizationQuery().resourceType(Resources.USER).list()) {
      if (isPersonRead(existing) && !wanted.contains(List.of(existing.getUserId(), existing.getResourceId()))) {
        authorizationService.deleteAuthorization(existing.getId());
      }
    }
    wanted.forEach(pair -> setPersonRead(pair.get(0), pair.get(1), true));
  }

  private boolean isLinked(String a, String b) {
    return relationships.findBySpecialistIdAndActiveTrue(b).filter(r -> r.getSupervisorId().equals(a)).isPresent()
        || relationships.findBySpecialistIdAndActiveTrue(a).filter(r -> r.getSupervisorId().equals(b)).isPresent();
  }

  private void setPersonRead(String reader, String read, boolean granted) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .userIdIn(reader).resourceType(Resources.USER).resourceId(read).singleResult();
    if (granted && authorization == null) {
      grantUser(reader, Resources.USER, read, Permissions.READ);
    } else if (granted && !authorization.isPermissionGranted(Permissions.READ)) {
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    } else if (!granted && authorization != null && isPersonRead(authorization)) {
      authorizationService.deleteAuthorization(authorization.getId());
    }
  }

  /** A grant the product manages: one person's READ, and nothing else, on another person's user. */
  private static boolean isPersonRead(Authorization authorization) {
    return authorization.getAuthorizationType() == AUTH_TYPE_GRANT && authorization.getUserId() != null
        && authorization.getResourceId() != null && !"*".equals(authorization.getResourceId())
        && !authorization.getUserId().equals(authorization.getResourceId())
        && grantsOnly(authorization, Permissions.READ);
  }

  /**
   * Camunda's default provider granted every user ALL on their own user (profile edits, self-deletion):
   * cut every such grant down to READ. Idempotent.
   */
  private void ownUserReadOnly() {
    for (Authorization own : authorizationService.createAuthorizationQuery().resourceType(Resources.USER).list()) {
      if (own.getAuthorizationType() == AUTH_TYPE_GRANT && own.getUserId() != null
          && own.getUserId().equals(own.getResourceId()) && !grantsOnly(own, Permissions.READ)) {
        own.setPermissions(new Permission[] {Permissions.READ});
        authorizationService.saveAuthorization(own);
      }
    }
  }

  private static boolean grantsOnly(Authorization authorization, Permission permission) {
    for (Permissions other : Permissions.values()) {
      boolean applies = Arrays.stream(other.getTypes()).anyMatch(t -> t.resourceType() == authorization.getResourceType());
      if (applies && other != Permissions.NONE && other != permission && authorization.isPermissionGranted(other)) {
        return false;
      }
    }
    return authorization.isPermissionGranted(permission);
  }

  /** Takes the permission away from a group-wide grant made by an earlier version; deletes it if nothing is left. */
  private void revokeGranted(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null || authorization.getAuthorizationType() != AUTH_TYPE_GRANT
        || !authorization.isPermissionGranted(permission)) {
      return;
    }
    if (grantsOnly(authorization, permission)) {
      authorizationService.deleteAuthorization(authorization.getId());
    } else {
      authorization.removePermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
