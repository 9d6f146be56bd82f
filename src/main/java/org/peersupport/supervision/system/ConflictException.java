package org.peersupport.supervision.system;

/** The request cannot be done in the record's present state (HTTP 409); the message says why. */
public class ConflictException extends RuntimeException implements Refusal {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
