package org.peersupport.supervision.referral;

/** Names of the referral's own process variables (form fields are named by their records). */
final class ReferralVariables {

  static final String SCOPE_CHECK_INSTANCE_ID = "scopeCheckInstanceId";
  static final String SPECIALIST_ID = "specialistId";
  static final String SUPERVISOR_ID = "supervisorId";
  static final String PEER_CODE = "peerCode";
  static final String REQUEST_CATEGORY = "requestCategory";
  /** The day the next follow-up is due (the appointment date, then each agreed date). */
  static final String FOLLOW_UP_DATE = "followUpDate";
  /** The day after which the follow-up is asked for, as people read it ("8 Dec 2026"). */
  static final String FOLLOW_UP_DATE_SHOWN = "followUpDateShown";
  /** The consent's last day, as people read it. */
  static final String CONSENT_EXPIRES_SHOWN = "consentExpiresOnShown";
  static final String FOLLOW_UP_ATTEMPTS = "followUpAttempts";
  static final String SUPERVISOR_NEEDED = "supervisorNeeded";
  static final String CONSENT_REVOKED_ON = "consentRevokedOn";
  static final String REVOCATION_REFERENCE = "revocationReference";
  static final String REFERRAL_OUTCOME = "referralOutcome";
  static final String CONSENT_REVOKED_MESSAGE = "ConsentRevoked";

  private ReferralVariables() {}
}
