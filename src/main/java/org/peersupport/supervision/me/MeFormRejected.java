package org.peersupport.supervision.me;

import java.util.List;
import java.util.stream.Collectors;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.system.Refusal;

/** A form on /me with values that break its rules: 400, each field by the label people see beside it. */
class MeFormRejected extends RuntimeException implements Refusal {

  private final List<FieldProblem> problems;

  MeFormRejected(List<FieldProblem> problems) {
    super("form refused: " + problems.stream().map(FieldProblem::field).collect(Collectors.joining(", ")));
    this.problems = List.copyOf(problems);
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "The form has errors";
  }

  @Override
  public String detail() {
    return "Please correct: " + problems.stream().map(p -> p.label() + ": " + p.message())
        .collect(Collectors.joining("; ")) + ". Nothing was saved.";
  }

  @Override
  public List<FieldProblem> fieldProblems() {
    return problems;
  }
}
