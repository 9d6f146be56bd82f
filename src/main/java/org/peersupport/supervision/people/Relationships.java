package org.peersupport.supervision.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervision relationships and the people in them. A specialist has at most one active supervisor. */
@Service
public class Relationships {

  private final SupervisionRelationshipRepository repository;
  private final IdentityService identityService;
  private final ProgramAuthorizations authorizations;

  public Relationships(SupervisionRelationshipRepository repository, IdentityService identityService,
      ProgramAuthorizations authorizations) {
    this.repository = repository;
    this.identityService = identityService;
    this.authorizations = authorizations;
  }

  @Transactional(readOnly = true)
  public Optional<String> supervisorOf(String specialistId) {
    return repository.findBySpecialistIdAndActiveTrue(specialistId).map(SupervisionRelationship::getSupervisorId);
  }

  @Transactional(readOnly = true)
  public boolean supervises(String supervisorId, String specialistId) {
    return supervisorOf(specialistId).filter(supervisorId::equals).isPresent();
  }

  @Transactional(readOnly = true)
  public List<SupervisionRelationship> active() {
    return repository.findByActiveTrueOrderBySupervisorIdAscSpecialistIdAsc();
  }

  @Transactional(readOnly = true)
  public List<SupervisionRelationship> all() {
    return repository.findAllByOrderByActiveDescSupervisorIdAscSpecialistIdAsc();
  }

  @Transactional(readOnly = true)
  public List<SupervisionRelationship> superviseesOf(String supervisorId) {
    return repository.findBySupervisorIdAndActiveTrueOrderBySpecialistId(supervisorId);
  }

  /**
   * Starts a relationship; ends the specialist's previous one, if any. Who may read whose user follows
   * (the specialist and their supervisor each other's, no longer the previous supervisor).
   */
  @Transactional
  public SupervisionRelationship assign(String supervisorId, String specialistId, LocalDate from) {
    requireMember(supervisorId, ProgramRoles.SUPERVISORS, "supervisorId");
    requireMember(specialistId, ProgramRoles.SPECIALISTS, "specialistId");
    Optional<SupervisionRelationship> current = repository.findBySpecialistIdAndActiveTrue(specialistId);
    if (current.isPresent() && current.get().getSupervisorId().equals(supervisorId)) {
      return current.get();
    }
    current.ifPresent(previous -> previous.end(from));
    repository.flush();
    SupervisionRelationship started = repository.save(new SupervisionRelationship(supervisorId, specialistId, from));
    repository.flush();
    current.ifPresent(previous -> authorizations.syncPair(previous.getSupervisorId(), specialistId));
    authorizations.syncPair(supervisorId, specialistId);
    return started;
  }

  @Transactional
  public Optional<SupervisionRelationship> end(long id, LocalDate on) {
    Optional<SupervisionRelationship> relationship = repository.findById(id);
    relationship.filter(SupervisionRelationship::isActive).ifPresent(r -> {
      r.end(on);
      repository.flush();
      authorizations.syncPair(r.getSupervisorId(), r.getSpecialistId());
    });
    return relationship;
  }

  /** The person's display name, e.g. "Alex Morgan", or the user id when the profile has no name. */
  public String displayName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = Privileged.call(identityService,
        () -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : displayName(user);
  }

  /** "First Last", or the user id when the profile has no name (never "null null"). */
  public static String displayName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  /** Whether the user exists and belongs to the group (e.g. {@link ProgramRoles#SUPERVISORS}). */
  public boolean isMember(String userId, String groupId) {
    return Privileged.call(identityService,
        () -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count()) > 0;
  }

  private void requireMember(String userId, String groupId, String field) {
    if (!isMember(userId, groupId)) {
      throw new FormRejectedException("relationship",
          List.of(new FieldProblem(field, "must be a user in the group '" + groupId + "'")));
    }
  }
}
