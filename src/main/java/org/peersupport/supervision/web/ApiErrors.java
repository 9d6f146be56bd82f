package org.peersupport.supervision.web;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.peersupport.supervision.system.ConflictException;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.system.GoneException;
import org.peersupport.supervision.system.NotFoundException;
import org.peersupport.supervision.system.PayloadTooLargeException;
import org.peersupport.supervision.system.Problems;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.security.NotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of /api as RFC 7807 problem details; a refusal never reveals submitted values. */
@RestControllerAdvice(basePackages = "org.peersupport.supervision")
class ApiErrors {

  @ExceptionHandler(FormRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(FormRejectedException e) {
    return respond(Problems.of(400, "The form has errors", e.getMessage(), e.problems()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage())).toList();
    return respond(Problems.of(400, "The request has errors",
        "Please correct: " + String.join("; ", problems.stream().map(FieldProblem::toString).toList()), problems));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
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
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    return respond(Problems.of(400, "Bad parameter", "'" + e.getName() + "' has the wrong format.",
        List.of(new FieldProblem(e.getName(), "has the wrong format"))));
  }

  @ExceptionHandler({NotPermittedException.class, AuthorizationException.class})
  ResponseEntity<ProblemDetail> notPermitted(RuntimeException e) {
    String detail = e instanceof NotPermittedException ? e.getMessage() : "Your role does not allow this.";
    return respond(Problems.of(403, "Not permitted", detail, List.of()));
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
    return respond(Problems.of(413, "Too large", e.getMessage(), List.of()));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
    return respond(Problems.of(400, "The request has errors", "Please correct: " + e.getRequestPartName()
        + ": is required", List.of(new FieldProblem(e.getRequestPartName(), "is required"))));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return respond(Problems.of(409, "Conflict", e.getMessage(), List.of()));
  }

  @ExceptionHandler(GoneException.class)
  ResponseEntity<ProblemDetail> gone(GoneException e) {
    return respond(Problems.of(410, "Gone", e.getMessage(), List.of()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return respond(Problems.of(404, "Not found", e.getMessage(), List.of()));
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
