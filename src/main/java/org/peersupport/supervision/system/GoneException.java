package org.peersupport.supervision.system;

/** What was asked for existed but is used up or expired for good (HTTP 410), e.g. a one-time link. */
public class GoneException extends RuntimeException {

  public GoneException(String message) {
    super(message);
  }
}
