package org.peersupport.supervision.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** An action item of a supervision session. */
@Embeddable
public class SessionActionItem {

  @Column(nullable = false, length = 500)
  private String what;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ActionItemOwner owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public ActionItemOwner getOwner() {
    return owner;
  }

  public void setOwner(ActionItemOwner owner) {
    this.owner = owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }
}
