package org.peersupport.supervision.system;

/**
 * One reason a request was refused: the field (a form key, a request member, or a path into a list), the
 * label people see for it when it is known, and the rule it breaks.
 */
public record FieldProblem(String field, String label, String message) {

  /** A problem of a field that has no label people see (an /api member, a query parameter). */
  public FieldProblem(String field, String message) {
    this(field, null, message);
  }

  /** The same problem, with the label people see for the field. */
  public FieldProblem withLabel(String label) {
    return new FieldProblem(field, label, message);
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
