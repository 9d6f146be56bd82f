package org.peersupport.supervision.security;

/** The current user may not see or do this (HTTP 403). */
public class NotPermittedException extends RuntimeException {

  public NotPermittedException(String message) {
    super(message);
  }
}
