package org.peersupport.supervision.system;

/** Nothing of that name is there, or the caller may not know it is (HTTP 404). */
public class NotFoundException extends RuntimeException implements Refusal {

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not found";
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
