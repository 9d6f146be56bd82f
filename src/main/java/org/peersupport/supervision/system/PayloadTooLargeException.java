package org.peersupport.supervision.system;

/** The request is larger than the endpoint takes (HTTP 413); the message says the limit. */
public class PayloadTooLargeException extends RuntimeException {

  public PayloadTooLargeException(String message) {
    super(message);
  }
}
