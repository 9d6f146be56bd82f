package org.peersupport.supervision.system;

/** The request is larger than the endpoint takes (HTTP 413); the message says the limit. */
public class PayloadTooLargeException extends RuntimeException implements Refusal {

  public PayloadTooLargeException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String title() {
    return "Too large";
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
