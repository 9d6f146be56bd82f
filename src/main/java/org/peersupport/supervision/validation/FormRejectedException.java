package org.peersupport.supervision.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.peersupport.supervision.system.FieldProblem;

/**
 * A form submission that breaks the form's rules. It names every field and rule, never the submitted
 * values (refusals are logged by the engine).
 *
 * <p>It extends the engine's {@link FormFieldValidationException} because that is the one exception
 * type Camunda's REST API and Tasklist answer with 400 instead of 500. This is the only place the
 * product depends on that engine class.
 */
public class FormRejectedException extends FormFieldValidationException {

  private final transient List<FieldProblem> problems;

  public FormRejectedException(String formId, List<FieldProblem> problems) {
    super(formId, "Please correct the form '" + formId + "': "
        + problems.stream().map(p -> describe(formId, p)).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** "field: rule", with the label people see when the form has one: "field: rule (Label)". */
  private static String describe(String formId, FieldProblem problem) {
    String label = FormLabels.of(formId, problem.field());
    return label == null ? problem.toString() : problem + " (" + label + ")";
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
}
