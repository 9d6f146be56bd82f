package org.peersupport.supervision.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.system.Refusal;

/**
 * A form submission that breaks the form's rules. It names every field and rule, with the label people see
 * when the form has one, never the submitted values (refusals are logged by the engine).
 *
 * <p>It extends the engine's {@link FormFieldValidationException} because that is the one exception
 * type Camunda's REST API and Tasklist answer with 400 instead of 500. This is the only place the
 * product depends on that engine class.
 */
public class FormRejectedException extends FormFieldValidationException implements Refusal {

  private final transient List<FieldProblem> problems;

  public FormRejectedException(String formId, List<FieldProblem> problems) {
    super(formId, "Please correct the form '" + formId + "': "
        + labelled(formId, problems).stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
    this.problems = labelled(formId, problems);
  }

  /** The problems, each with the label people see for its field when the form has one. */
  private static List<FieldProblem> labelled(String formId, List<FieldProblem> problems) {
    return problems.stream().map(p -> p.label() != null ? p : p.withLabel(FormLabels.of(formId, p.field()))).toList();
  }

  /**
   * What people are told: "Label: rule" with the label they see on the form; a field without one (a value no
   * form shows, sent by a REST client) is named by its key. Never the form's id, a task's id or a submitted
   * value. (The exception's message, which the engine logs, names the fields by their keys.)
   */
  private static String describe(FieldProblem problem) {
    return (problem.label() == null ? problem.field() : problem.label()) + ": " + problem.message();
  }

  public static FormRejectedException of(String formId, String field, String message) {
    return new FormRejectedException(formId, List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public String formId() {
    return getDetail();
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
    return "Please correct: " + problems.stream().map(FormRejectedException::describe).collect(Collectors.joining("; "))
        + ".";
  }

  @Override
  public List<FieldProblem> fieldProblems() {
    return problems;
  }
}
