package org.peersupport.supervision.certification;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.validation.FormValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The specialist recorded a renewal: the certification gets the new expiry and evidence, is current
 * again (no longer flagged expired) and waits for a program lead's verification; the process starts
 * the next renewal period from the new expiry, whose renewal task waits for its window (see
 * {@link CertificationRenewals#holdEarlyRenewalTask}).
 */
@Component("recordRenewal")
class RecordRenewal implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordRenewal.class);

  private final FormValidator forms;
  private final Certifications certifications;
  private final CertificationRenewals renewals;
  private final TransactionTemplate inNewTransaction;

  RecordRenewal(FormValidator forms, Certifications certifications, CertificationRenewals renewals,
      PlatformTransactionManager transactionManager) {
    this.forms = forms;
    this.certifications = certifications;
    this.renewals = renewals;
    this.inNewTransaction = new TransactionTemplate(transactionManager);
    this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  @Transactional
  public void notify(DelegateTask task) {
    RenewalForm renewal = forms.read(RenewalForm.class, task.getVariables());
    if (renewal.renewalDecision() != RenewalDecision.RENEWED) {
      return;
    }
    Certification certification = certifications.findById(
        ((Number) task.getVariable(RenewalVariables.CERTIFICATION_ID)).longValue()).orElseThrow();
    if (!renewal.newExpiresOn().isAfter(certification.getExpiresOn())) {
      throw FormRejectedException.of("certification-renewal-renewal", "newExpiresOn",
          "must be after the current expiry (shown above)");
    }
    certification.renew(renewal.newExpiresOn(), renewal.renewalEvidence().strip(), Instant.now());
    task.getExecution().setVariable(RenewalVariables.EXPIRES_ON, renewal.newExpiresOn().toString());
    task.getExecution().setVariable(RenewalVariables.REMINDED_DAYS_BEFORE, null);
    task.getExecution().setVariable(RenewalVariables.EXPIRED, false);
    holdNextPeriodsTaskOnceCommitted(task.getProcessInstanceId());
  }

  /**
   * The process starts the next renewal period, with its renewal task, in this same transaction; once it
   * has committed, that task is held back until the new window opens (RenewalWindows checks hourly too,
   * should this fail).
   */
  private void holdNextPeriodsTaskOnceCommitted(String processInstanceId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          inNewTransaction.executeWithoutResult(status -> renewals.holdEarlyRenewalTask(processInstanceId,
              LocalDate.now()));
        } catch (RuntimeException e) {
          LOG.warn("renewal process {}: the next period's renewal task is held back at the next hourly check ({})",
              processInstanceId, e.getClass().getName());
        }
      }
    });
  }
}
