package org.peersupport.supervision.me;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.peersupport.supervision.certification.Certification;
import org.peersupport.supervision.certification.Credentials;
import org.peersupport.supervision.certification.EducationRecord;
import org.peersupport.supervision.certification.SupervisionRequirements;
import org.peersupport.supervision.certification.SupervisorRecords;
import org.peersupport.supervision.certification.SupervisorTraining;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.cycle.SupervisionHistory;
import org.peersupport.supervision.cycle.SupervisionSession;
import org.peersupport.supervision.cycle.SupervisionTopic;
import org.peersupport.supervision.cycle.WellnessCheckIn;
import org.peersupport.supervision.cycle.WellnessCheckIns;
import org.peersupport.supervision.development.DevelopmentObjective;
import org.peersupport.supervision.development.DevelopmentObjectives;
import org.peersupport.supervision.disclosure.CorrectivePlan;
import org.peersupport.supervision.disclosure.DisclosureReflection;
import org.peersupport.supervision.disclosure.Reflections;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.people.SupervisionRelationship;
import org.peersupport.supervision.referral.LicensedCareReferral;
import org.peersupport.supervision.referral.Referrals;
import org.peersupport.supervision.workhours.WorkHourEntry;
import org.peersupport.supervision.workhours.WorkHoursLedger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the records /me shows, every code with its words ({@link Labels}). A specialist's own record
 * carries their wellness plans; the record a supervisor sees of a supervisee is built without them (the
 * type has no wellness member), so it cannot leak one. Who may see which is {@link MeAccess}'s decision.
 */
@Service
class MyRecords {

  static final int MONTHS_OF_SESSIONS = 12;

  private final SupervisionRequirements requirements;
  private final SupervisionHistory history;
  private final Reflections reflections;
  private final WellnessCheckIns wellness;
  private final WorkHoursLedger workHours;
  private final Credentials credentials;
  private final DevelopmentObjectives objectives;
  private final Referrals referrals;
  private final SupervisorRecords supervisorRecords;
  private final Relationships relationships;

  MyRecords(SupervisionRequirements requirements, SupervisionHistory history, Reflections reflections,
      WellnessCheckIns wellness, WorkHoursLedger workHours, Credentials credentials, DevelopmentObjectives objectives,
      Referrals referrals, SupervisorRecords supervisorRecords, Relationships relationships) {
    this.requirements = requirements;
    this.history = history;
    this.reflections = reflections;
    this.wellness = wellness;
    this.workHours = workHours;
    this.credentials = credentials;
    this.objectives = objectives;
    this.referrals = referrals;
    this.supervisorRecords = supervisorRecords;
    this.relationships = relationships;
  }

  // -- what /me shows ----------------------------------------------------------------------------------

  /** This month's signed supervision against what the specialist's stage asks for. */
  record ThisMonth(YearMonth month, String stageLabel, int requiredSessions, int requiredMinutes, long sessions,
      long minutes, String standing, String standingLabel, String explanation) {}

  record ActionItem(String what, String ownerLabel, LocalDate dueDate) {}

  record Session(LocalDate sessionDate, int durationMinutes, String formatLabel, List<String> topicLabels,
      List<String> competencyLabels, List<ActionItem> actionItems, String sessionNotes, Instant signedAt) {}

  record SupportPlan(String plan, LocalDate reviewDate, Instant agreedAt, String yourComment,
      String followUpLabel, String followUpNote, Instant followedUpAt) {}

  record Reflection(long id, String situationLabel, LocalDate situationDate, String peerCode, String whatHappened,
      String purposeLabel, String needsServedLabel, String wouldDoAgainLabel, String doDifferently,
      String wantFromSupervision, String riskLabel, Instant submittedAt, String reviewLabel, Instant reviewedAt,
      String feedback, String coachingNote, SupportPlan supportPlan) {}

  /** A wellness support plan: only ever in the specialist's own record. */
  record WellnessPlan(String plan, LocalDate reviewDate, Instant confirmedAt, String yourComment) {}

  record WorkHourLine(LocalDate workedOn, BigDecimal hours, String activityLabel, String statusLabel, String note,
      String returnReason) {}

  record WorkHours(List<WorkHourLine> entries, BigDecimal signedHoursTotal, BigDecimal requiredHours,
      BigDecimal remainingHours, boolean targetMet) {}

  record CertificationLine(String credentialName, String issuingBody, String credentialNumber, String stageLabel,
      LocalDate issuedOn, LocalDate expiresOn, String statusLabel, boolean verified) {}

  record EducationLine(String kindLabel, String topic, String provider, LocalDate completedOn, BigDecimal hours,
      boolean ethics, boolean verified) {}

  record Renewal(LocalDate periodFrom, LocalDate periodTo, BigDecimal continuingEducationHours,
      BigDecimal requiredContinuingEducationHours, BigDecimal ethicsHours, BigDecimal requiredEthicsHours,
      boolean requirementsMet) {}

  record Objective(long id, String competencyLabel, String what, String measure, String target, LocalDate dueOn,
      String howReviewed, String mechanism, String statusLabel, String lastProgress) {}

  /** A referral whose consent is in force: the specialist may record that the peer withdrew it. */
  record RevocableReferral(long id, String peerCode, Instant referredAt) {}

  /** Everything of a specialist's record that their supervisor may also see: no wellness member. */
  record SharedRecord(String specialistId, String name, String supervisorName, ThisMonth thisMonth,
      List<Session> sessions, List<Reflection> reflections, WorkHours workHours,
      List<CertificationLine> certifications, List<EducationLine> education, Renewal renewal,
      List<Objective> objectives) {}

  /** The specialist's own record: the shared part, their wellness plans and what their forms need. */
  record OwnRecord(SharedRecord record, List<WellnessPlan> wellnessPlans, List<RevocableReferral> revocableReferrals) {}

  record TrainingLine(String kindLabel, String provider, LocalDate completedOn, BigDecimal hours, boolean verified) {}

  record TeamMember(String specialistId, String name, ThisMonth thisMonth) {}

  record SupervisorView(int caseload, int maximumCaseload, boolean overCapacity, LocalDate lastTrainedOn,
      LocalDate refresherDueOn, boolean trainingLapsed, List<TrainingLine> trainings, List<TeamMember> team) {}

  // -- assembling ----------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  OwnRecord own(String specialistId) {
    List<WellnessPlan> plans = wellness.findBySpecialistIdOrderByIdDesc(specialistId).stream()
        .filter(c -> c.getSupportPlan() != null)
        .map((WellnessCheckIn c) -> new WellnessPlan(c.getSupportPlan(), c.getPlanReviewDate(),
            c.getPlanConfirmedAt(), c.getSpecialistComment()))
        .toList();
    List<RevocableReferral> revocable = referrals.findBySpecialistIdOrderByReferredAtDesc(specialistId).stream()
        .filter(r -> r.getOutcome() == null && r.consentInForce())
        .map((LicensedCareReferral r) -> new RevocableReferral(r.getId(), r.getPeerCode(), r.getReferredAt()))
        .toList();
    return new OwnRecord(shared(specialistId), plans, revocable);
  }

  /** A specialist's record without wellness data: what their supervisor sees. */
  @Transactional(readOnly = true)
  SharedRecord shared(String specialistId) {
    YearMonth now = YearMonth.now();
    List<Session> sessions = history.sessions(specialistId, now.minusMonths(MONTHS_OF_SESSIONS - 1), now).stream()
        .filter(SupervisionSession::isAttested).map(MyRecords::session).toList();
    List<Reflection> reflected = reflections.findBySpecialistIdOrderBySituationDateDescIdDesc(specialistId).stream()
        .filter(r -> r.getSubmittedAt() != null).map(MyRecords::reflection).toList();
    List<WorkHourEntry> entries = workHours.entriesOf(specialistId);
    WorkHoursLedger.Progress progress = workHours.progress(specialistId, entries).orElse(null);
    WorkHours hours = new WorkHours(entries.stream().sorted(Comparator.comparing(WorkHourEntry::getWorkedOn).reversed())
        .map(e -> new WorkHourLine(e.getWorkedOn(), e.getHours(), Labels.of(e.getActivity()), Labels.of(e.getStatus()),
            e.getNote(), e.getReturnReason())).toList(),
        entries.stream().filter(WorkHourEntry::isSignedOff).map(WorkHourEntry::getHours)
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        progress == null ? null : progress.requiredHours(), progress == null ? null : progress.remainingHours(),
        progress != null && progress.met());
    Renewal renewal = credentials.renewalProgress(specialistId).map(p -> new Renewal(p.periodFrom(), p.periodTo(),
        p.continuingEducationHours(), p.requiredContinuingEducationHours(), p.ethicsHours(), p.requiredEthicsHours(),
        p.requirementsMet())).orElse(null);
    return new SharedRecord(specialistId, relationships.displayName(specialistId),
        relationships.supervisorOf(specialistId).map(relationships::displayName).orElse(null),
        thisMonth(specialistId), sessions, reflected, hours,
        credentials.certificationsOf(specialistId).stream().map(MyRecords::certification).toList(),
        credentials.educationOf(specialistId).stream().map(MyRecords::education).toList(), renewal,
        objectives.findBySpecialistIdOrderByDueOnAsc(specialistId).stream().map(MyRecords::objective).toList());
  }

  @Transactional(readOnly = true)
  SupervisorView supervisor(String supervisorId) {
    SupervisorRecords.Standing standing = supervisorRecords.standing(supervisorId);
    List<TrainingLine> trainings = supervisorRecords.trainingsOf(supervisorId).stream()
        .map((SupervisorTraining t) -> new TrainingLine(Labels.of(t.getKind()), t.getProvider(), t.getCompletedOn(),
            t.getHours(), t.getVerifiedAt() != null))
        .toList();
    List<TeamMember> team = relationships.superviseesOf(supervisorId).stream()
        .map(SupervisionRelationship::getSpecialistId).distinct()
        .map(id -> new TeamMember(id, relationships.displayName(id), thisMonth(id)))
        .sorted(Comparator.comparing(TeamMember::name)).toList();
    return new SupervisorView(standing.caseload(), standing.maximumCaseload(), standing.overCapacity(),
        standing.lastTrainedOn(), standing.refresherDueOn(), standing.trainingLapsed(), trainings, team);
  }

  /** The specialist's referral with this id, if it is theirs. */
  @Transactional(readOnly = true)
  java.util.Optional<LicensedCareReferral> referralOf(String specialistId, long referralId) {
    return referrals.findById(referralId).filter(r -> specialistId.equals(r.getSpecialistId()));
  }

  /** This month so far against the specialist's requirement ({@link #standing}). */
  ThisMonth thisMonth(String specialistId) {
    YearMonth month = YearMonth.now();
    SupervisionRequirements.MonthCheck check = requirements.check(specialistId, month);
    int needSessions = check.requirement().minimumSessionsPerMonth();
    int needMinutes = check.requirement().minimumMinutesPerMonth();
    LocalDate today = LocalDate.now();
    String standing = standing(check.meetsMinimum(), check.sessions(), needSessions, today.getDayOfMonth(),
        month.lengthOfMonth());
    long sessionsLeft = Math.max(0, needSessions - check.sessions());
    long minutesLeft = Math.max(0, needMinutes - check.minutes());
    int daysLeft = month.lengthOfMonth() - today.getDayOfMonth() + 1;
    String toGo = "Still to go this month: " + plural(sessionsLeft, "signed session") + " and "
        + plural(minutesLeft, "minute") + ", with " + plural(daysLeft, "day") + " left (only signed session records count).";
    String explanation = switch (standing) {
      case "MET" -> "This month's signed supervision meets what is asked for.";
      case "BEHIND" -> "By this point in the month about " + plural(expectedSessions(needSessions, today.getDayOfMonth(),
          month.lengthOfMonth()), "signed session") + " would keep pace. " + toGo;
      default -> toGo;
    };
    String stage = check.requirement().stage() == null ? "No certification recorded yet: the program's minimum applies"
        : Labels.of(check.requirement().stage());
    return new ThisMonth(month, stage, needSessions, needMinutes, check.sessions(), check.minutes(), standing,
        switch (standing) {
          case "MET" -> "Met for this month";
          case "BEHIND" -> "Behind";
          default -> "On track";
        }, explanation);
  }

  /**
   * Where a month stands: met, or (the month still running) on track while the signed sessions keep pace
   * with the share of the month gone by, behind when they do not. Never "failed" before the month is over,
   * and nobody is behind in its first week: with 2 sessions a month, one is expected from about the 9th,
   * both from about the 24th.
   */
  static String standing(boolean met, long sessions, int needSessions, int dayOfMonth, int lengthOfMonth) {
    if (met) {
      return "MET";
    }
    return sessions >= expectedSessions(needSessions, dayOfMonth, lengthOfMonth) ? "ON_TRACK" : "BEHIND";
  }

  static long expectedSessions(int needSessions, int dayOfMonth, int lengthOfMonth) {
    return Math.round(needSessions * (double) (dayOfMonth - 1) / lengthOfMonth);
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static Session session(SupervisionSession s) {
    return new Session(s.getSessionDate(), s.getDurationMinutes(), Labels.of(s.getSessionFormat()),
        s.getTopics().stream().sorted().map((SupervisionTopic t) -> Labels.of(t)).toList(),
        s.getCompetenciesDiscussed().stream().sorted().map((CompetencyDomain c) -> Labels.of(c)).toList(),
        s.getActionItems().stream().map(a -> new ActionItem(a.getWhat(), Labels.of(a.getOwner()), a.getDueDate()))
            .toList(),
        s.getSessionNotes(), s.getAttestedAt());
  }

  private static Reflection reflection(DisclosureReflection r) {
    CorrectivePlan plan = r.getCorrectivePlan();
    SupportPlan supportPlan = plan == null || plan.getPlan() == null ? null : new SupportPlan(plan.getPlan(),
        plan.getReviewDate(), plan.getAgreedAt(), plan.getSpecialistComment(), Labels.of(plan.getFollowUpOutcome()),
        plan.getFollowUpNote(), plan.getFollowedUpAt());
    return new Reflection(r.getId(), Labels.of(r.getSituationType()), r.getSituationDate(), r.getPeerCode(),
        r.getWhatHappened(), Labels.of(r.getPurpose()), Labels.of(r.getNeedsServed()), Labels.of(r.getWouldDoAgain()),
        r.getDoDifferently(), r.getWantFromSupervision(), Labels.of(r.getRiskLevel()), r.getSubmittedAt(),
        Labels.of(r.getReviewOutcome()), r.getReviewedAt(), r.getFeedback(), r.getCoachingNote(), supportPlan);
  }

  private static CertificationLine certification(Certification c) {
    return new CertificationLine(c.getCredentialName(), c.getIssuingBody(), c.getCredentialNumber(),
        Labels.of(c.getStage()), c.getIssuedOn(), c.getExpiresOn(), Labels.of(c.getStatus()), c.getVerifiedAt() != null);
  }

  private static EducationLine education(EducationRecord e) {
    return new EducationLine(Labels.of(e.getKind()), e.getTopic(), e.getProvider(), e.getCompletedOn(), e.getHours(),
        e.isEthics(), e.getVerifiedAt() != null);
  }

  private static Objective objective(DevelopmentObjective o) {
    String last = o.getReviews().isEmpty() ? null : o.getReviews().get(o.getReviews().size() - 1).getProgress();
    return new Objective(o.getId(), Labels.of(o.getCompetency()), o.getWhat(), o.getMeasure(), o.getTarget(),
        o.getDueOn(), o.getHowReviewed(), o.getMechanism(), Labels.of(o.getStatus()), last);
  }
}
