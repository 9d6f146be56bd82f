package org.peersupport.supervision.cycle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peersupport.supervision.system.ProcessRecord;

/**
 * The record of one supervision session, written by the supervisor and signed by the specialist.
 * Once signed (attested) it is final: any later change or removal is refused. The wellness concern of
 * the session is kept apart, in {@link WellnessCheckIn}.
 */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession extends ProcessRecord {

  public enum Status { DRAFT, ATTESTED }

  @Column(name = "session_date", nullable = false)
  private LocalDate sessionDate;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "session_format", nullable = false, length = 16)
  private SessionFormat sessionFormat;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_topic", joinColumns = @JoinColumn(name = "session_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "topic", nullable = false, length = 48)
  private Set<SupervisionTopic> topics = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_competency", joinColumns = @JoinColumn(name = "session_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "competency", nullable = false, length = 48)
  private Set<CompetencyDomain> competenciesDiscussed = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_action_item", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<SessionActionItem> actionItems = new ArrayList<>();

  @Column(name = "session_notes", length = 4000)
  private String sessionNotes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.DRAFT;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "attested_at")
  private Instant attestedAt;

  @Transient
  private boolean finalWhenLoaded;

  protected SupervisionSession() {}

  public SupervisionSession(String processInstanceId, String specialistId, String supervisorId) {
    super(processInstanceId, specialistId, supervisorId);
  }

  /** The specialist signs the record: from now on it cannot change. */
  public void attest(Instant at) {
    requireDraft();
    this.status = Status.ATTESTED;
    this.attestedAt = at;
  }

  public boolean isAttested() {
    return status == Status.ATTESTED;
  }

  void requireDraft() {
    if (finalWhenLoaded || status == Status.ATTESTED) {
      throw new AttestedRecordException();
    }
  }

  @PostLoad
  void rememberFinal() {
    finalWhenLoaded = status == Status.ATTESTED;
  }

  @PreUpdate
  @PreRemove
  void refuseChangeOfFinalRecord() {
    if (finalWhenLoaded) {
      throw new AttestedRecordException();
    }
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public void setSessionDate(LocalDate sessionDate) {
    requireDraft();
    this.sessionDate = sessionDate;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(int durationMinutes) {
    requireDraft();
    this.durationMinutes = durationMinutes;
  }

  public SessionFormat getSessionFormat() {
    return sessionFormat;
  }

  public void setSessionFormat(SessionFormat sessionFormat) {
    requireDraft();
    this.sessionFormat = sessionFormat;
  }

  public Set<SupervisionTopic> getTopics() {
    return topics;
  }

  public void setTopics(Set<SupervisionTopic> topics) {
    requireDraft();
    this.topics.clear();
    this.topics.addAll(topics);
  }

  public Set<CompetencyDomain> getCompetenciesDiscussed() {
    return competenciesDiscussed;
  }

  public void setCompetenciesDiscussed(Set<CompetencyDomain> competenciesDiscussed) {
    requireDraft();
    this.competenciesDiscussed.clear();
    this.competenciesDiscussed.addAll(competenciesDiscussed);
  }

  public List<SessionActionItem> getActionItems() {
    return actionItems;
  }

  public void setActionItems(List<SessionActionItem> actionItems) {
    requireDraft();
    this.actionItems.clear();
    this.actionItems.addAll(actionItems);
  }

  public String getSessionNotes() {
    return sessionNotes;
  }

  public void setSessionNotes(String sessionNotes) {
    requireDraft();
    this.sessionNotes = sessionNotes;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(Instant recordedAt) {
    requireDraft();
    this.recordedAt = recordedAt;
  }

  public Instant getAttestedAt() {
    return attestedAt;
  }
}
