package org.peersupport.supervision.web;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.system.Problems;
import org.peersupport.supervision.system.Refusal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of /api in the one error shape ({@link Problems}); a refusal never reveals submitted values. */
@RestControllerAdvice(basePackages = "org.peersupport.supervision")
class ApiErrors {

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage())).toList();
    return respond(Problems.of(400, "The request has errors",
        "Please correct: " + String.join("; ", problems.stream().map(FieldProblem::toString).toList()), problems));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
      return respond(Problems.of(400, "The request has errors", "Please correct: " + field + ": has the wrong type or value",
          List.of(new FieldProblem(field, "has the wrong type or value"))));
    }
    return respond(Problems.of(400, "Unreadable request", "The body is not the JSON this endpoint expects.", List.of()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
    return respond(Problems.of(400, "Bad parameter", "'" + e.getName() + "' has the wrong format.",
        List.of(new FieldProblem(e.getName(), "has the wrong format"))));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> notPermitted(AuthorizationException e) {
    return respond(Problems.of(403, "Not permitted", "Your role does not allow this.", List.of()));
  }

  /**
   * Every {@link Refusal} (a form's rules, a permission, a record not there or not in the state asked for),
   * also one wrapped by the engine; any other failure goes on to Spring's own handling.
   */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, Object>> refused(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal refusal) {
        return respond(Problems.of(refusal));
      }
    }
    throw e;
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
    return respond(Problems.of(400, "The request has errors", "Please correct: " + e.getRequestPartName()
        + ": is required", List.of(new FieldProblem(e.getRequestPartName(), "is required"))));
  }

  private static ResponseEntity<Map<String, Object>> respond(Map<String, Object> problem) {
    return ResponseEntity.status((Integer) problem.get("status")).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
