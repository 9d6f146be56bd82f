package org.peersupport.supervision.system;

/** One reason a submission was refused: the field (a form key, or a path into a list) and the rule. */
public record FieldProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
