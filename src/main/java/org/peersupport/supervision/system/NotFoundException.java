package org.peersupport.supervision.system;

/** Nothing of that name is there, or the caller may not know it is (HTTP 404). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
