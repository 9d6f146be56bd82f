package org.peersupport.supervision.system;

/** The request cannot be done in the record's present state (HTTP 409); the message says why. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
