package org.peersupport.supervision.audit;

import org.springframework.stereotype.Component;

/**
 * Disclosure and boundary reflection figures (issue 3): by type, risk and review outcome, and the time
 * to review. The extension point until the reflection feature is merged.
 */
@Component
class ReflectionFigures {

  AuditReport.ReflectionReviews figures(AuditPeriod period, String supervisorId) {
    return AuditReport.ReflectionReviews.notAvailable();
  }
}
