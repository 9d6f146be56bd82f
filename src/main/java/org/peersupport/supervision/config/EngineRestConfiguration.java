package org.peersupport.supervision.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.peersupport.supervision.forms.FormRejectedException;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API as the starter configures it, plus two answers: a request the product's form
 * rules refused is a 400 on every endpoint (Camunda answers 400 for completions and form submissions
 * already, but 500 for a plain process start); and a request that lost a race with another one (two
 * people completing or claiming the same task at once, or a timer firing on it in the same moment) is
 * a 409 Conflict, where Camunda answers 500. Nothing of the losing request was written: the client
 * reloads and decides again.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(FormRejectionMapper.class);
        register(ConcurrentChangeMapper.class);
      }
    };
  }

  /** The same answers for Tasklist's task actions, which go through the webapps' own engine API. */
  @Bean
  FilterRegistrationBean<Filter> tasklistConflicts() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new TasklistConflictFilter());
    registration.setName("peer-supervision-tasklist-conflicts");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  /** Finds a form refusal in the cause chain of a REST error; otherwise Camunda's own handling. */
  @Priority(1)
  public static class FormRejectionMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException throwable) {
      for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormRejectedException rejection) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", "FormRejectedException");
          body.put("message", rejection.getMessage());
          body.put("errors", rejection.problems().stream()
              .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
          return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
      }
      return conflict(throwable).orElseGet(() -> camunda.toResponse(throwable));
    }
  }

  /** Errors that reach Jersey unwrapped (not as RestException): a lost race is a 409 there too. */
  @Priority(1)
  public static class ConcurrentChangeMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException throwable) {
      return conflict(throwable).orElseGet(() -> camunda.toResponse(throwable));
    }
  }

  /**
   * A 409 when the cause chain holds the engine's optimistic-locking refusal (another transaction
   * changed the same task or execution first) or a claim of a task someone else holds. The message is
   * the product's own: the engine's names database rows. A task that is gone (completed by whoever won
   * the race) is a 404, where Camunda answers 500 for claims and form submissions.
   */
  static Optional<Response> conflict(Throwable throwable) {
    for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
      if (cause instanceof NullValueException && cause.getMessage() != null
          && cause.getMessage().startsWith("Cannot find task with id")) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskNotFound");
        body.put("message", "This task is no longer open: someone may have completed it. Reload your task list.");
        return Optional.of(Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
            .build());
      }
      String message = null;
      if (cause instanceof OptimisticLockingException || lostCompletionRace(cause)) {
        message = "Someone else changed this task at the same moment, so nothing was saved. Reload it and try again.";
      } else if (cause instanceof TaskAlreadyClaimedException) {
        message = "Someone else has already claimed this task.";
      }
      if (message != null) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", cause.getClass().getSimpleName());
        body.put("message", message);
        return Optional.of(Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
            .build());
      }
    }
    return Optional.empty();
  }

  /**
   * Two completions of the same task at once: the one that read the execution after the other had moved
   * it on fails with the engine's plain "no current activity" error (no type of its own), and rolls back.
   */
  private static boolean lostCompletionRace(Throwable cause) {
    return cause instanceof ProcessEngineException && cause.getMessage() != null
        && cause.getMessage().contains("it has no current activity");
  }
}
