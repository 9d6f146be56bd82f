package org.peersupport.supervision.system;

import java.util.List;

/**
 * A request refused for a reason the caller can act on (a form's rules, a permission, a record that is not
 * there or not in the state the request needs): every mount answers it with the same problem details,
 * without knowing which capability refused.
 */
public interface Refusal {

  /** The HTTP status of the answer. */
  int status();

  /** A short summary of the kind of refusal, the same for every refusal of that kind. */
  String title();

  /** What was refused and why, for people; never a submitted value. */
  String detail();

  /** The refused fields, or none when the refusal is not about fields. */
  default List<FieldProblem> fieldProblems() {
    return List.of();
  }
}
