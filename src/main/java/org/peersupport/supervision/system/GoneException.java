package org.peersupport.supervision.system;

/** What was asked for existed but is used up or expired for good (HTTP 410), e.g. a one-time link. */
public class GoneException extends RuntimeException implements Refusal {

  public GoneException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 410;
  }

  @Override
  public String title() {
    return "Gone";
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
