package org.peersupport.supervision.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.NotFoundException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' own record: their peer-supervisor training and refresher dates, and their caseload
 * (active supervisees) against {@code peer-supervision.certification.maximum-supervisees-per-supervisor}.
 * The audit flags supervisors whose training has lapsed (no training, or the refresher due
 * {@code supervisor-refresher-every} after the last one has passed) or who are over capacity.
 */
@Service
public class SupervisorRecords {

  /** Where a supervisor stands; {@code refresherDueOn} is null when no training is recorded. */
  public record Standing(String supervisorId, String supervisorName, LocalDate lastTrainedOn, LocalDate refresherDueOn,
      boolean trainingLapsed, int caseload, int maximumCaseload, boolean overCapacity) {

    static Standing of(String supervisorId, String supervisorName, LocalDate lastTrainedOn, Period refresherEvery,
        LocalDate today, int caseload, int maximumCaseload) {
      LocalDate due = lastTrainedOn == null ? null : lastTrainedOn.plus(refresherEvery);
      return new Standing(supervisorId, supervisorName, lastTrainedOn, due, due == null || due.isBefore(today),
          caseload, maximumCaseload, caseload > maximumCaseload);
    }
  }

  private final SupervisorTrainings trainings;
  private final Relationships relationships;
  private final IdentityService identityService;
  private final CertificationSettings settings;

  public SupervisorRecords(SupervisorTrainings trainings, Relationships relationships,
      @Lazy IdentityService identityService, CertificationSettings settings) {
    this.trainings = trainings;
    this.relationships = relationships;
    this.identityService = identityService;
    this.settings = settings;
  }

  public boolean isSupervisor(String userId) {
    return relationships.isMember(userId, ProgramRoles.SUPERVISORS);
  }

  @Transactional
  public SupervisorTraining record(String supervisorId, SupervisorTrainingKind kind, String provider,
      LocalDate completedOn, BigDecimal hours, String recordedBy) {
    if (!isSupervisor(supervisorId)) {
      throw new NotFoundException("No supervisor " + supervisorId + ".");
    }
    return trainings.save(new SupervisorTraining(supervisorId, kind, provider, completedOn, hours, recordedBy,
        Instant.now()));
  }

  @Transactional
  public SupervisorTraining verify(long id, String by) {
    SupervisorTraining training = training(id);
    training.verify(by, Instant.now());
    return training;
  }

  @Transactional(readOnly = true)
  public SupervisorTraining training(long id) {
    return trainings.findById(id).orElseThrow(() -> new NotFoundException("No supervisor training " + id + "."));
  }

  @Transactional(readOnly = true)
  public List<SupervisorTraining> trainingsOf(String supervisorId) {
    return trainings.findBySupervisorIdOrderByCompletedOnDesc(supervisorId);
  }

  @Transactional(readOnly = true)
  public Standing standing(String supervisorId) {
    LocalDate last = trainingsOf(supervisorId).stream().map(SupervisorTraining::getCompletedOn)
        .max(LocalDate::compareTo).orElse(null);
    return Standing.of(supervisorId, relationships.displayName(supervisorId), last,
        settings.supervisorRefresherEvery(), LocalDate.now(), relationships.superviseesOf(supervisorId).size(),
        settings.maximumSuperviseesPerSupervisor());
  }

  /** Every supervisor's standing, for program leads and the audit. */
  @Transactional(readOnly = true)
  public List<Standing> standings() {
    List<User> supervisors = Privileged.call(identityService, () -> identityService.createUserQuery()
        .memberOfGroup(ProgramRoles.SUPERVISORS).orderByUserId().asc().list());
    return supervisors.stream().map(user -> standing(user.getId())).toList();
  }
}
