package org.peersupport.supervision.workhours;

/** Signed-off work hours are final: they cannot be changed or removed. */
public class SignedWorkHoursException extends IllegalStateException {

  public SignedWorkHoursException() {
    super("These work hours were signed off by the supervisor and are final: they cannot be changed.");
  }
}
