package org.peersupport.supervision.people;

/**
 * A peer (person served) is referenced only by the pseudonymous code the program gives them, such as
 * P-1042: never by name, date of birth or any other identifier. One rule for every form.
 */
public final class PeerCode {

  /** The code's shape, for {@code @Pattern} and for the forms' own (browser) validation. */
  public static final String PATTERN = "^P-[0-9]{3,8}$";
  public static final String MESSAGE = "must be the peer's code: P- and 3 to 8 digits, never a name";
  public static final int MAX_LENGTH = 10;

  private PeerCode() {}
}
