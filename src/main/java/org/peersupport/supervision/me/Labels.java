package org.peersupport.supervision.me;

import java.util.EnumMap;
import java.util.Map;
import org.peersupport.supervision.certification.CertificationStage;
import org.peersupport.supervision.certification.CertificationStatus;
import org.peersupport.supervision.certification.EducationKind;
import org.peersupport.supervision.certification.SupervisorTrainingKind;
import org.peersupport.supervision.cycle.ActionItemOwner;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.cycle.SessionFormat;
import org.peersupport.supervision.cycle.SupervisionTopic;
import org.peersupport.supervision.development.ObjectiveStatus;
import org.peersupport.supervision.disclosure.DisclosurePurpose;
import org.peersupport.supervision.disclosure.NeedsServed;
import org.peersupport.supervision.disclosure.PlanFollowUpOutcome;
import org.peersupport.supervision.disclosure.ReviewOutcome;
import org.peersupport.supervision.disclosure.RiskLevel;
import org.peersupport.supervision.disclosure.SituationType;
import org.peersupport.supervision.disclosure.WouldDoAgain;
import org.peersupport.supervision.referral.ReferralOutcome;
import org.peersupport.supervision.workhours.WorkActivity;
import org.peersupport.supervision.workhours.WorkHourStatus;

/**
 * The words people read for each code /me shows: the labels of the Camunda Forms where a form shows the
 * code (forms/*.form), the enum's own label where it has one, and plain words for the rest. A plan agreed
 * after a review is a "support plan" to people, never "corrective".
 */
final class Labels {

  private Labels() {}

  private static final Map<SessionFormat, String> SESSION_FORMAT = labels(SessionFormat.class,
      SessionFormat.INDIVIDUAL, "Individual", SessionFormat.GROUP, "Group");

  private static final Map<SupervisionTopic, String> TOPIC = labels(SupervisionTopic.class,
      SupervisionTopic.SELF_DISCLOSURE, "Intentional self-disclosure",
      SupervisionTopic.BOUNDARIES, "Boundaries",
      SupervisionTopic.DUAL_RELATIONSHIPS, "Dual relationships",
      SupervisionTopic.OWN_RECOVERY_AND_WELLNESS, "Own recovery and wellness",
      SupervisionTopic.ROLE_DRIFT, "Role drift toward clinical work",
      SupervisionTopic.SCOPE_OF_PRACTICE, "Scope of practice",
      SupervisionTopic.CULTURAL_HUMILITY, "Cultural humility",
      SupervisionTopic.CRISIS_RESPONSE, "Crisis response",
      SupervisionTopic.REFERRALS_AND_LINKAGE, "Referrals and linkage",
      SupervisionTopic.DOCUMENTATION, "Documentation",
      SupervisionTopic.ETHICS, "Ethics",
      SupervisionTopic.TEAMWORK, "Teamwork",
      SupervisionTopic.PROFESSIONAL_DEVELOPMENT, "Professional development");

  private static final Map<ActionItemOwner, String> OWNER = labels(ActionItemOwner.class,
      ActionItemOwner.SPECIALIST, "The specialist", ActionItemOwner.SUPERVISOR, "The supervisor",
      ActionItemOwner.BOTH, "Both");

  private static final Map<DisclosurePurpose, String> PURPOSE = labels(DisclosurePurpose.class,
      DisclosurePurpose.INSTIL_HOPE, "To instil hope", DisclosurePurpose.NORMALIZE, "To normalize a struggle",
      DisclosurePurpose.MODEL_RECOVERY_OR_COPING, "To model recovery or coping",
      DisclosurePurpose.BUILD_CONNECTION, "To build connection", DisclosurePurpose.OTHER, "Something else");

  private static final Map<NeedsServed, String> NEEDS = labels(NeedsServed.class,
      NeedsServed.PEER, "The peer's", NeedsServed.MINE, "Mine", NeedsServed.BOTH, "Both");

  private static final Map<WouldDoAgain, String> AGAIN = labels(WouldDoAgain.class,
      WouldDoAgain.YES, "Yes", WouldDoAgain.WITH_CHANGES, "With some changes", WouldDoAgain.NO, "No");

  private static final Map<RiskLevel, String> RISK = labels(RiskLevel.class,
      RiskLevel.LOW, "Low", RiskLevel.MODERATE, "Moderate", RiskLevel.HIGH, "High");

  private static final Map<ReviewOutcome, String> REVIEW = labels(ReviewOutcome.class,
      ReviewOutcome.AFFIRM, "Affirmed: sound practice", ReviewOutcome.COACHING_NOTE, "Coaching note",
      ReviewOutcome.CORRECTIVE_PLAN, "Support plan agreed together",
      ReviewOutcome.ETHICS_CONSULTATION, "Talked through with program leads (they see type, date and risk, not the text)");

  private static final Map<PlanFollowUpOutcome, String> PLAN_FOLLOW_UP = labels(PlanFollowUpOutcome.class,
      PlanFollowUpOutcome.PLAN_COMPLETED, "Completed", PlanFollowUpOutcome.PLAN_EXTENDED,
      "Continued to a new review date");

  private static final Map<EducationKind, String> EDUCATION = labels(EducationKind.class,
      EducationKind.TRAINING, "Training", EducationKind.CONTINUING_EDUCATION, "Continuing education");

  private static final Map<CertificationStage, String> STAGE = labels(CertificationStage.class,
      CertificationStage.INITIAL, "Initial certification period", CertificationStage.CERTIFIED, "Certified");

  private static final Map<CertificationStatus, String> CERTIFICATION_STATUS = labels(CertificationStatus.class,
      CertificationStatus.CURRENT, "Current", CertificationStatus.EXPIRED, "Expired",
      CertificationStatus.NOT_RENEWED, "Not renewed");

  private static final Map<ObjectiveStatus, String> OBJECTIVE = labels(ObjectiveStatus.class,
      ObjectiveStatus.OPEN, "Open", ObjectiveStatus.ON_TRACK, "On track", ObjectiveStatus.NEEDS_SUPPORT,
      "Needs support", ObjectiveStatus.ACHIEVED, "Achieved", ObjectiveStatus.REVISED, "Revised",
      ObjectiveStatus.DROPPED, "Set aside");

  private static final Map<WorkActivity, String> ACTIVITY = labels(WorkActivity.class,
      WorkActivity.ONE_TO_ONE_PEER_SUPPORT, "One-to-one peer support", WorkActivity.GROUP_FACILITATION,
      "Group facilitation", WorkActivity.ADVOCACY, "Advocacy", WorkActivity.DOCUMENTATION, "Documentation",
      WorkActivity.TRAINING, "Training");

  private static final Map<WorkHourStatus, String> HOURS_STATUS = labels(WorkHourStatus.class,
      WorkHourStatus.SUBMITTED, "Waiting for sign-off", WorkHourStatus.SIGNED_OFF, "Signed off",
      WorkHourStatus.RETURNED, "Returned for a correction");

  private static final Map<ReferralOutcome, String> REFERRAL = labels(ReferralOutcome.class,
      ReferralOutcome.CONNECTED, "Connected", ReferralOutcome.DECLINED_BY_PEER, "The peer chose not to go on",
      ReferralOutcome.CONSENT_REVOKED, "The peer withdrew consent");

  private static final Map<SupervisorTrainingKind, String> TRAINING = labels(SupervisorTrainingKind.class,
      SupervisorTrainingKind.INITIAL_TRAINING, "Peer-supervisor training", SupervisorTrainingKind.REFRESHER,
      "Refresher");

  static String of(SessionFormat value) { return value == null ? null : SESSION_FORMAT.get(value); }
  static String of(SupervisionTopic value) { return value == null ? null : TOPIC.get(value); }
  static String of(CompetencyDomain value) { return value == null ? null : value.label(); }
  static String of(ActionItemOwner value) { return value == null ? null : OWNER.get(value); }
  static String of(SituationType value) { return value == null ? null : value.label(); }
  static String of(DisclosurePurpose value) { return value == null ? null : PURPOSE.get(value); }
  static String of(NeedsServed value) { return value == null ? null : NEEDS.get(value); }
  static String of(WouldDoAgain value) { return value == null ? null : AGAIN.get(value); }
  static String of(RiskLevel value) { return value == null ? null : RISK.get(value); }
  static String of(ReviewOutcome value) { return value == null ? null : REVIEW.get(value); }
  static String of(PlanFollowUpOutcome value) { return value == null ? null : PLAN_FOLLOW_UP.get(value); }
  static String of(EducationKind value) { return value == null ? null : EDUCATION.get(value); }
  static String of(CertificationStage value) { return value == null ? null : STAGE.get(value); }
  static String of(CertificationStatus value) { return value == null ? null : CERTIFICATION_STATUS.get(value); }
  static String of(ObjectiveStatus value) { return value == null ? null : OBJECTIVE.get(value); }
  static String of(WorkActivity value) { return value == null ? null : ACTIVITY.get(value); }
  static String of(WorkHourStatus value) { return value == null ? null : HOURS_STATUS.get(value); }
  static String of(ReferralOutcome value) { return value == null ? null : REFERRAL.get(value); }
  static String of(SupervisorTrainingKind value) { return value == null ? null : TRAINING.get(value); }

  /** Every code of the enum with its words: a missing label fails at start, not on someone's screen. */
  @SafeVarargs
  private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, Object... pairs) {
    Map<E, String> map = new EnumMap<>(type);
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(type.cast(pairs[i]), (String) pairs[i + 1]);
    }
    for (E value : type.getEnumConstants()) {
      if (!map.containsKey(value)) {
        throw new IllegalStateException("no label for " + type.getSimpleName() + "." + value);
      }
    }
    return map;
  }

  /** The choices of an enum for a form: code and words, in the enum's order. */
  static <E extends Enum<E>> java.util.List<Choice> choices(E[] values, java.util.function.Function<E, String> label) {
    return java.util.Arrays.stream(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
  }

  record Choice(String value, String label) {}
}
