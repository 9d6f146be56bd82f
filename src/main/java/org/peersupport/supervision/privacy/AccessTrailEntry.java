package org.peersupport.supervision.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One access to sensitive data: who, when, viewed or changed, which resource (the request path, which
 * names the record by its id, never by its content) and the answer. Append-only: it has no setters,
 * Hibernate never updates it, and no API edits or deletes it; only the retention job removes entries
 * older than the retention period.
 */
@Entity
@Immutable
@Table(name = "access_trail_entry")
public class AccessTrailEntry {

  public enum Action { VIEW, CHANGE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(nullable = false, length = 8)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Action action;

  @Column(name = "http_method", nullable = false, length = 8)
  private String httpMethod;

  @Column(nullable = false, length = 300)
  private String resource;

  @Column(nullable = false)
  private int status;

  protected AccessTrailEntry() {}

  public AccessTrailEntry(Instant occurredAt, String userId, Action action, String httpMethod, String resource,
      int status) {
    this.occurredAt = occurredAt;
    this.userId = userId;
    this.action = action;
    this.httpMethod = httpMethod;
    this.resource = resource.length() > 300 ? resource.substring(0, 300) : resource;
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUserId() {
    return userId;
  }

  public Action getAction() {
    return action;
  }

  public String getHttpMethod() {
    return httpMethod;
  }

  public String getResource() {
    return resource;
  }

  public int getStatus() {
    return status;
  }
}
