package org.peersupport.supervision.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * What a client of the engine's REST API is told when a request fails, on both mounts: Camunda's
 * {@code /engine-rest} and the webapps' own copy that Tasklist and Cockpit use ({@code /camunda/api/engine}),
 * which is a separate JAX-RS application: {@link Registration} puts the same mappers into every Jersey
 * application of the process (Camunda's {@code /engine-rest} registers them too, in
 * {@code config/EngineRestConfiguration}).
 *
 * <ul>
 *   <li>a {@link Refusal} (a form's rules, a permission): its status, with every field and rule;
 *   <li>a request that lost a race with another one (two completions or claims of one task, a timer in the
 *       same moment; a second insert of the same domain row): 409 with the product's message, never the
 *       database's; a task that is gone: 404;
 *   <li>a refusal of the engine caused by the request (Camunda's {@code BadUserRequestException} and its
 *       kinds, a missing value or body, a suspended instance, a task of a running process deleted on its
 *       own): 400 or 404 with a plain message;
 *   <li>anything else is the engine's or the product's own failure: 500, logged by Camunda as before, and
 *       the client is told only that it failed (no SQL, table, column or value reaches the body);
 *   <li>Camunda's own answers below 500 (an authorization it refused, a query parameter of the wrong type)
 *       keep their status and Camunda's message.
 * </ul>
 *
 * <p>Every answer has the one error shape of every mount ({@link Problems}), with Camunda's name of the
 * failure (what its REST API calls {@code type}) as {@code exceptionType}.
 */
public final class EngineErrors {

  static final String LOST_RACE =
      "Someone else changed this task at the same moment, so nothing was saved. Reload it and try again.";
  static final String TASK_GONE = "This task is no longer open: someone may have completed it. Reload your task list.";
  static final String INTERNAL = "The server could not complete this request. The details are in the server's log.";

  /** Camunda's words for an id that names nothing ("No job found with id '…'", "Cannot find task …"). */
  private static final Pattern NOT_FOUND = Pattern.compile("^(No \\w+( \\w+)? found with id|Cannot find \\w+ with id)"
      + "|does not have a subscription to a message event");

  /** Java's message for a null record the engine looked up by an id from the request and did not find. */
  private static final Pattern MISSING_RECORD = Pattern.compile("because \"(task|processDefinition|processInstance|"
      + "execution|job|jobDefinition|deployment|decisionDefinition|batch|incident|externalTask)\" is null$");

  private static final MediaType PROBLEM = MediaType.valueOf(Problems.MEDIA_TYPE);

  /**
   * Database refusals that mean another transaction got there first; the transaction rolled back: 23505 a
   * unique key (another request inserted the same row), HYT00 H2's lock timeout and 55P03 PostgreSQL's
   * (waiting for the winner's row), 40001 a serialization failure or H2's deadlock, 40P01 PostgreSQL's
   * deadlock, 90131 H2's concurrent update of one row (its MVStore's own optimistic check).
   */
  private static final java.util.Set<String> CONCURRENT_SQL_STATES = java.util.Set.of("23505", "HYT00", "55P03",
      "40001", "40P01", "90131");

  private EngineErrors() {}

  /** The answer for a failure of client origin, or empty for one that stays a 500. */
  static Optional<Response> clientError(Throwable throwable) {
    for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal refusal) {
        return Optional.of(answer(refusal.status(), refusal.title(),
            new Failure(cause.getClass().getSimpleName(), refusal.detail(), refusal.fieldProblems())));
      }
    }
    for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
      Optional<Response> answer = race(cause);
      if (answer.isPresent()) {
        return answer;
      }
    }
    for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refused) {
        return CompletedTasks.finishedForThem(refused)
            ? Optional.of(answer(404, body("TaskNotFound", TASK_GONE))) : Optional.empty();
      }
      Optional<Response> answer = refusal(cause);
      if (answer.isPresent()) {
        return answer;
      }
    }
    if (missingForAuthorizationCheck(throwable)) {
      return Optional.of(answer(404, body("InvalidRequestException",
          "There is no such record, or it is not open to you.")));
    }
    if (fromRequestHandling(throwable)) {
      return Optional.of(answer(400, body("InvalidRequestException",
          "The request lacks a value this operation needs (or its JSON body).")));
    }
    return Optional.empty();
  }

  private static Optional<Response> race(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof NullValueException && message.startsWith("Cannot find task with id")) {
      return Optional.of(answer(404, body("TaskNotFound", TASK_GONE)));
    }
    if (cause instanceof OptimisticLockingException || cause instanceof ProcessEngineException
        && message.contains("it has no current activity") || withoutCurrentActivity(cause)) {
      return Optional.of(answer(409, body("OptimisticLockingException", LOST_RACE)));
    }
    // the database's word for it, or a domain row (JPA, versioned) the winner changed or removed meanwhile
    if (cause instanceof SQLException sql && CONCURRENT_SQL_STATES.contains(sql.getSQLState())
        || cause instanceof ConcurrencyFailureException || cause instanceof jakarta.persistence.OptimisticLockException
        || cause instanceof org.hibernate.StaleStateException) {
      return Optional.of(answer(409, body("OptimisticLockingException", LOST_RACE)));
    }
    if (cause instanceof TaskAlreadyClaimedException) {
      return Optional.of(answer(409, body("TaskAlreadyClaimedException", "Someone else has already claimed this task.")));
    }
    return Optional.empty();
  }

  private static Optional<Response> refusal(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof BadUserRequestException) {
      return Optional.of(answer(400, body(cause.getClass().getSimpleName(), message)));
    }
    if (cause instanceof NullValueException) {
      int status = message.startsWith("Cannot find") || message.contains("does not exist") ? 404 : 400;
      return Optional.of(answer(status, body("InvalidRequestException", message)));
    }
    if (cause instanceof SuspendedEntityInteractionException) {
      return Optional.of(answer(400, body("SuspendedEntityInteractionException", message)));
    }
    if (cause instanceof ProcessEngineException && message.startsWith("ENGINE-13043")) {
      return Optional.of(answer(400, body("InvalidRequestException",
          "No conditional start event matched: no process was started.")));
    }
    if ((cause instanceof ProcessEngineException || cause instanceof RestException) && NOT_FOUND.matcher(message).find()) {
      return Optional.of(answer(404, body("InvalidRequestException", message)));
    }
    if (cause instanceof ProcessEngineException && message.contains("is part of a running process")) {
      return Optional.of(answer(400, body("InvalidRequestException",
          "This task belongs to a running process: it ends with its process and cannot be deleted on its own.")));
    }
    return Optional.empty();
  }

  /**
   * The same lost race met one step later: the winner moved the task's execution on, and the loser's
   * completion writes its form values to an execution that no longer is in an activity, which Camunda
   * 7.24 answers with a null pointer from the execution itself (seen in CI, LostRaceHttpTest).
   */
  private static boolean withoutCurrentActivity(Throwable cause) {
    StackTraceElement[] stack = cause.getStackTrace();
    return cause instanceof NullPointerException && stack.length > 0
        && stack[0].getClassName().equals("org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl");
  }

  /**
   * A null pointer or illegal argument raised by Camunda's REST resources themselves (not by the engine
   * below them) comes from what the request left out, typically its body.
   */
  private static boolean fromRequestHandling(Throwable throwable) {
    if (!(throwable instanceof NullPointerException || throwable instanceof IllegalArgumentException)) {
      return false;
    }
    StackTraceElement[] stack = throwable.getStackTrace();
    return stack.length > 0 && stack[0].getClassName().startsWith("org.camunda.bpm.engine.rest.");
  }

  /**
   * Camunda 7.24 checks a person's permission on a task before it looks whether the task exists, and
   * fails with a null pointer when it does not (e.g. {@code GET /task/{unknown}/deployed-form}), and some
   * commands fail the same way on a record id that does not exist (suspending an unknown process
   * definition): that is an unknown record, not a server failure.
   */
  private static boolean missingForAuthorizationCheck(Throwable throwable) {
    for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
      if (!(cause instanceof NullPointerException)) {
        continue;
      }
      StackTraceElement[] stack = cause.getStackTrace();
      if (stack.length > 0 && stack[0].getClassName().startsWith("org.camunda.bpm.engine.impl.")
          && (stack[0].getClassName().equals("org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker")
              || (cause.getMessage() != null && MISSING_RECORD.matcher(cause.getMessage()).find()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Camunda's answer (its status and its log line) in the one shape: a failure of its own (5xx) tells nothing
   * of the internals; a refusal (4xx, e.g. an authorization or a query parameter of the wrong type) keeps
   * Camunda's message, and its exception's name as {@code exceptionType}.
   */
  static Response internal(Response camundas) {
    int status = camundas.getStatus();
    if (status >= 500) {
      return answer(status, body("InternalServerError", INTERNAL));
    }
    if (camundas.getEntity() instanceof ExceptionDto camundasBody) {
      String message = camundasBody.getMessage() == null || camundasBody.getMessage().isBlank() ? title(status)
          : camundasBody.getMessage();
      return answer(status, body(camundasBody.getType(), message));
    }
    return camundas;
  }

  /** What a failure is called by Camunda, what the client is told, and the refused fields. */
  private record Failure(String exceptionType, String detail, List<FieldProblem> problems) {}

  private static Failure body(String exceptionType, String detail) {
    return new Failure(exceptionType, detail, List.of());
  }

  private static Response answer(int status, Failure failure) {
    return answer(status, title(status), failure);
  }

  private static Response answer(int status, String title, Failure failure) {
    Map<String, Object> body = Problems.of(status, title, failure.detail(), failure.problems());
    body.put(Problems.EXCEPTION_TYPE, failure.exceptionType());
    return Response.status(status).entity(body).type(PROBLEM).build();
  }

  /** The title of an answer that no {@link Refusal} named, by its status. */
  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Sign-in required";
      case 403 -> "Not permitted";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 500 -> "Server error";
      default -> {
        Response.Status known = Response.Status.fromStatusCode(status);
        yield known == null ? "Error" : known.getReasonPhrase();
      }
    };
  }

  /** Errors Camunda's resources wrap in a {@link RestException}. */
  @Priority(1)
  public static class RestExceptionMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException throwable) {
      return clientError(throwable).orElseGet(() -> internal(camunda.toResponse(throwable)));
    }
  }

  /** Errors of the engine that reach Jersey unwrapped. */
  @Priority(1)
  public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException throwable) {
      return clientError(throwable).orElseGet(() -> internal(camunda.toResponse(throwable)));
    }
  }

  /** Everything else (Camunda answers 500 with the exception's message). */
  @Priority(1)
  public static class AnyExceptionMapper implements ExceptionMapper<Throwable> {
    private final ExceptionHandler camunda = new ExceptionHandler();

    @Override
    public Response toResponse(Throwable throwable) {
      return clientError(throwable).orElseGet(() -> internal(camunda.toResponse(throwable)));
    }
  }

  /** A body that is not JSON: said plainly, without the parser's position or Camunda's class names. */
  @Priority(1)
  public static class JsonParseMapper implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException throwable) {
      return answer(400, body("InvalidRequestException", "The body is not valid JSON."));
    }
  }

  /** JSON of the wrong shape: names the field when there is one, never the Java type behind it. */
  @Priority(1)
  public static class JsonMappingMapper implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException throwable) {
      String field = throwable.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
      return answer(400, new Failure("InvalidRequestException", field == null
          ? "The body is not the JSON object this operation expects."
          : "The body is not the JSON this operation expects: '" + field + "' has the wrong type or shape.",
          field == null ? List.of() : List.of(new FieldProblem(field, "has the wrong type or shape"))));
    }
  }

  public static final List<Class<?>> MAPPERS = List.of(RestExceptionMapper.class, EngineExceptionMapper.class,
      AnyExceptionMapper.class, JsonParseMapper.class, JsonMappingMapper.class);

  /**
   * Registers the mappers in every Jersey application (found through
   * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}), which is the only
   * way into the webapps' engine API: Camunda builds that application itself.
   */
  public static class Registration implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      for (Class<?> mapper : MAPPERS) {
        if (!context.getConfiguration().isRegistered(mapper)) {
          context.register(mapper);
        }
      }
    }
  }
}
