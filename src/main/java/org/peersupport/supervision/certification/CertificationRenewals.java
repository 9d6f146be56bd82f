package org.peersupport.supervision.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.Privileged;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts certification-renewal for a recorded certification once its renewal window has opened
 * ({@link CertificationTimers#windowOpensOn}: the day of the earliest reminder, 90 days before the
 * expiry as shipped). The process opens the specialist's renewal task as soon as it starts, so a
 * certification recorded earlier (a roster import of someone certified for two more years) waits without
 * one: {@link RenewalWindows} starts it on the day its window opens. The product starts it, not the
 * person recording (nobody starts it by hand from Tasklist: it has no start form); it carries only the
 * credential's name, issuer and expiry and the people involved.
 */
@Service
public class CertificationRenewals {

  static final String PROCESS_KEY = "certification-renewal";

  static final String RENEWAL_TASK = "Task_RenewCertification";

  static final String PERIOD = "SubProcess_RenewalPeriod";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;
  private final Relationships relationships;
  private final CertificationTimers timers;
  private final Certifications certifications;

  public CertificationRenewals(@Lazy RuntimeService runtimeService, @Lazy IdentityService identityService,
      @Lazy TaskService taskService, @Lazy FormService formService, Relationships relationships,
      CertificationTimers timers, Certifications certifications) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.taskService = taskService;
    this.formService = formService;
    this.relationships = relationships;
    this.timers = timers;
    this.certifications = certifications;
  }

  /**
   * Starts the renewal process of the (saved) certification if its renewal window has opened on
   * {@code today}, and remembers its instance; answers it, or null when the window opens later.
   */
  public String start(Certification certification, LocalDate today) {
    if (timers.windowOpensOn(certification.getExpiresOn()).isAfter(today)) {
      return null;
    }
    return startNow(certification);
  }

  /**
   * Starts the renewal process of a certification that has none yet, if its window has opened by
   * {@code today} and it is not closed; answers whether it started one (see {@link RenewalWindows}).
   */
  @Transactional
  public boolean startIfWindowOpened(long certificationId, LocalDate today) {
    Certification certification = certifications.findById(certificationId).orElse(null);
    if (certification == null || certification.getProcessInstanceId() != null
        || certification.getStatus() == CertificationStatus.NOT_RENEWED
        || timers.windowOpensOn(certification.getExpiresOn()).isAfter(today)) {
      return false;
    }
    startNow(certification);
    return true;
  }

  private String startNow(Certification certification) {
    String supervisorId = relationships.supervisorOf(certification.getSpecialistId()).orElse(null);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RenewalVariables.CERTIFICATION_ID, certification.getId());
    variables.put(RenewalVariables.SPECIALIST_ID, certification.getSpecialistId());
    variables.put(RenewalVariables.SPECIALIST_NAME, relationships.displayName(certification.getSpecialistId()));
    variables.put(RenewalVariables.SUPERVISOR_ID, supervisorId);
    variables.put(RenewalVariables.SUPERVISOR_NAME, relationships.displayName(supervisorId));
    variables.put(RenewalVariables.CREDENTIAL_NAME, certification.getCredentialName());
    variables.put(RenewalVariables.ISSUING_BODY, certification.getIssuingBody());
    variables.put(RenewalVariables.EXPIRES_ON, certification.getExpiresOn().toString());
    variables.put(RenewalVariables.REMINDERS_SENT, 0);
    variables.put(RenewalVariables.EXPIRED, false);
    String processInstanceId = Privileged.call(identityService, () -> runtimeService
        .startProcessInstanceByKey(PROCESS_KEY, "certification-" + certification.getId(), variables).getId());
    certification.startedRenewalProcess(processInstanceId);
    return processInstanceId;
  }

  /**
   * Records a renewal someone else learned of (a program's roster) through the certification's own
   * renewal task, exactly as the specialist would: the form's rules, the new expiry, a new renewal
   * period with its reminders. Refused when the process has no open renewal task.
   */
  void recordRenewal(Certification certification, LocalDate newExpiresOn, String evidence) {
    if (certification.getProcessInstanceId() == null && certification.getStatus() != CertificationStatus.NOT_RENEWED) {
      // its renewal window has not opened yet: no task to answer; the later expiry moves the window
      certification.renew(newExpiresOn, evidence, Instant.now());
      certifications.save(certification);
      return;
    }
    Privileged.run(identityService, () -> {
      String processInstanceId = certification.getProcessInstanceId();
      Task task = processInstanceId == null ? null : renewalTask(processInstanceId);
      if (task == null && processInstanceId != null && openRenewalTask(processInstanceId)) {
        // a period held before its window (after the last renewal): the renewal is recorded through its task
        // all the same, and the next period's task is held again once this commits
        task = renewalTask(processInstanceId);
      }
      if (task == null) {
        throw FormRejectedException.of("certification", "expiresOn",
            "cannot move: this certification has no open renewal (it was closed)");
      }
      Map<String, Object> renewal = new HashMap<>();
      renewal.put("renewalDecision", RenewalDecision.RENEWED.name());
      renewal.put("newExpiresOn", newExpiresOn.toString());
      renewal.put("renewalEvidence", evidence);
      formService.submitTaskForm(task.getId(), renewal);
    });
  }

  /**
   * Holds back the renewal task of a renewal period whose window has not opened on {@code today}: after a
   * renewal the process starts the next period, and with it a renewal task, at once, two years early. The
   * task is cancelled (the period's reminders and expiry timer stay); {@link #openRenewalTask} brings it
   * back when the window opens. Answers whether it held one back.
   */
  @Transactional
  public boolean holdEarlyRenewalTask(String processInstanceId, LocalDate today) {
    return Privileged.call(identityService, () -> {
      Task task = renewalTask(processInstanceId);
      if (task == null || !timers.windowOpensOn(expiresOn(processInstanceId)).isAfter(today)) {
        return false;
      }
      ActivityInstance held = find(runtimeService.getActivityInstance(processInstanceId), RENEWAL_TASK);
      if (held == null) {
        return false;
      }
      runtimeService.createProcessInstanceModification(processInstanceId).cancelActivityInstance(held.getId())
          .execute();
      return true;
    });
  }

  /**
   * Opens the renewal task of a renewal period that has none (it was held back) if the window has opened on
   * {@code today}; answers whether it opened one.
   */
  @Transactional
  public boolean openRenewalTaskIfWindowOpened(String processInstanceId, LocalDate today) {
    return Privileged.call(identityService, () -> !timers.windowOpensOn(expiresOn(processInstanceId)).isAfter(today)
        && openRenewalTask(processInstanceId));
  }

  private boolean openRenewalTask(String processInstanceId) {
    if (renewalTask(processInstanceId) != null) {
      return false;
    }
    ActivityInstance period = find(runtimeService.getActivityInstance(processInstanceId), PERIOD);
    if (period == null) {
      return false;
    }
    runtimeService.createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(RENEWAL_TASK, period.getId()).execute();
    return true;
  }

  /** The running renewal processes with an open renewal task. */
  List<String> withRenewalTask() {
    return Privileged.call(identityService, () -> taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey(RENEWAL_TASK).list().stream().map(Task::getProcessInstanceId).distinct().toList());
  }

  /** The running renewal processes without one (held back until their window). */
  List<String> withoutRenewalTask() {
    return Privileged.call(identityService, () -> {
      java.util.Set<String> with = new java.util.HashSet<>(withRenewalTask());
      return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).active().list().stream()
          .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).filter(id -> !with.contains(id)).toList();
    });
  }

  private Task renewalTask(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(RENEWAL_TASK)
        .singleResult();
  }

  private LocalDate expiresOn(String processInstanceId) {
    return LocalDate.parse((String) runtimeService.getVariable(processInstanceId, RenewalVariables.EXPIRES_ON));
  }

  private static ActivityInstance find(ActivityInstance instance, String activityId) {
    if (instance == null) {
      return null;
    }
    if (activityId.equals(instance.getActivityId())) {
      return instance;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      ActivityInstance found = find(child, activityId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
