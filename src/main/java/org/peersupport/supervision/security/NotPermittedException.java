package org.peersupport.supervision.security;

import org.peersupport.supervision.system.Refusal;

/** The current user may not see or do this (HTTP 403). */
public class NotPermittedException extends RuntimeException implements Refusal {

  public NotPermittedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Not permitted";
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
