package org.peersupport.supervision.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * What a failed engine request answers, on both mounts (the same mappers serve both; over HTTP:
 * LostRaceHttpTest, EngineErrorSweepTest, OverlongValueHttpTest).
 */
class EngineErrorsTest {

  private static Response answer(Throwable failure) {
    return new EngineErrors.AnyExceptionMapper().toResponse(failure);
  }

  /** The answer's message, once it is known to be the one error shape with Camunda's name of the failure. */
  private static String message(Response response) {
    assertThat(response.getMediaType()).hasToString("application/problem+json");
    Map<?, ?> body = (Map<?, ?>) response.getEntity();
    assertThat(body.keySet().stream().map(String::valueOf).toList()).containsExactly("type", "title", "status", "detail", "message", "errors", "exceptionType");
    assertThat(body.get("type")).isEqualTo("about:blank");
    assertThat(body.get("status")).isEqualTo(response.getStatus());
    assertThat(body.get("message")).isEqualTo(body.get("detail"));
    return String.valueOf(body.get("message"));
  }

  @Test
  void aCompletionThatLostTheRaceInTheEngineIsAConflictWithTheProductsMessage() {
    Response locked = new EngineErrors.RestExceptionMapper().toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[7]' failed"), "Cannot submit"));
    assertThat(locked.getStatus()).isEqualTo(409);
    assertThat(message(locked)).contains("Someone else changed this task").doesNotContain("ExecutionEntity");
    assertThat(answer(new ProcessEngineException("Cannot complete: it has no current activity")).getStatus()).isEqualTo(409);
    NullPointerException noActivity = new NullPointerException("the return value of getActivityInstance() is null");
    noActivity.setStackTrace(new StackTraceElement[] {new StackTraceElement(
        "org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl", "getParentActivityInstanceId", null, 1360)});
    assertThat(answer(new ProcessEngineException("history", noActivity)).getStatus()).isEqualTo(409);
    NullPointerException elsewhere = new NullPointerException("a bug of ours");
    elsewhere.setStackTrace(new StackTraceElement[] {new StackTraceElement(
        "org.peersupport.supervision.cycle.RecordSession", "notify", null, 1)});
    assertThat(EngineErrors.clientError(new ProcessEngineException("x", elsewhere))).as("a null pointer elsewhere stays a 500").isEmpty();
  }

  @Test
  void aSecondInsertOfTheSameDomainRowIsAConflictWithoutSql() {
    SQLIntegrityConstraintViolationException unique = new SQLIntegrityConstraintViolationException(
        "Unique index violation: PUBLIC.WELLNESS_CHECK_IN(PROCESS_INSTANCE_ID)", "23505");
    Response response = new EngineErrors.EngineExceptionMapper().toResponse(
        new ProcessEngineException("ENGINE-03051 exception while invoking TaskListener: insert into wellness_check_in",
            new RuntimeException("could not execute statement", unique)));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(message(response)).doesNotContainIgnoringCase("wellness").doesNotContainIgnoringCase("insert");
  }

  @Test
  void aLoserThatTimedOutWaitingForTheWinnersLockIsAConflict() {
    Response response = answer(new ProcessEngineException("ENGINE-03051 exception while invoking TaskListener",
        new java.sql.SQLTransientException("Timeout trying to lock table", "HYT00")));
    assertThat(response.getStatus()).isEqualTo(409);
  }

  @Test
  void aDomainRowTheWinnerChangedInTheSameMomentIsAConflict() {
    assertThat(answer(new ProcessEngineException("ENGINE-03051 exception while invoking TaskListener",
        new org.springframework.orm.ObjectOptimisticLockingFailureException("Certification", 7))).getStatus())
        .isEqualTo(409);
    assertThat(answer(new ProcessEngineException("ENGINE-16004",
        new org.springframework.dao.CannotAcquireLockException("lock"))).getStatus()).isEqualTo(409);
    assertThat(answer(new ProcessEngineException("ENGINE-16004",
        new jakarta.persistence.OptimisticLockException("row changed"))).getStatus()).isEqualTo(409);
    assertThat(answer(new ProcessEngineException("ENGINE-03004",
        new java.sql.SQLException("Concurrent update in table WELLNESS_CHECK_IN", "90131"))).getStatus()).isEqualTo(409);
  }

  @Test
  void aClaimOfATaskSomeoneHoldsIsAConflict() {
    Response response = answer(new TaskAlreadyClaimedException("42", "maria"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(message(response)).contains("already claimed");
    assertThat(((Map<?, ?>) response.getEntity()).get("exceptionType")).isEqualTo("TaskAlreadyClaimedException");
  }

  @Test
  void otherFailuresStay500AndTellTheClientNothingOfTheInternals() {
    Response response = answer(new ProcessEngineException("could not execute statement [select * from ACT_RU_TASK]",
        new SQLIntegrityConstraintViolationException("NULL not allowed for column TEXT_", "23502")));
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(message(response)).doesNotContain("ACT_RU_TASK").doesNotContain("TEXT_").contains("server's log");
  }

  @Test
  void aNullFromTheEngineItselfIsNotMistakenForAMissingBody() {
    NullPointerException deep = new NullPointerException("internal");
    deep.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.camunda.bpm.engine.impl.cmd.SomeCmd", "execute", "SomeCmd.java", 1)});
    assertThat(answer(deep).getStatus()).isEqualTo(500);
    NullPointerException atTheEdge = new NullPointerException("dto is null");
    atTheEdge.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.camunda.bpm.engine.rest.impl.ConditionRestServiceImpl", "evaluate", "X.java", 1)});
    assertThat(answer(atTheEdge).getStatus()).isEqualTo(400);
    assertThat(message(answer(atTheEdge))).contains("lacks a value");
  }

  @Test
  void anyRefusalInTheCauseChainIsAnsweredWithItsStatusTitleAndFields() {
    Refusal refusal = new Refusal() {
      public int status() {
        return 400;
      }

      public String title() {
        return "The form has errors";
      }

      public String detail() {
        return "Please correct: note: is required";
      }

      public java.util.List<FieldProblem> fieldProblems() {
        return java.util.List.of(new FieldProblem("note", "Your note", "is required"));
      }
    };
    class Refused extends RuntimeException implements Refusal {
      public int status() {
        return refusal.status();
      }

      public String title() {
        return refusal.title();
      }

      public String detail() {
        return refusal.detail();
      }

      public java.util.List<FieldProblem> fieldProblems() {
        return refusal.fieldProblems();
      }
    }
    Response response = new EngineErrors.EngineExceptionMapper().toResponse(
        new ProcessEngineException("ENGINE-03051 exception while invoking TaskListener", new Refused()));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(message(response)).isEqualTo("Please correct: note: is required");
    Map<?, ?> body = (Map<?, ?>) response.getEntity();
    assertThat(body.get("title")).isEqualTo("The form has errors");
    assertThat(body.get("errors")).isEqualTo(java.util.List.of(
        Map.of("field", "note", "label", "Your note", "message", "is required")));
    assertThat(new EngineErrors.AnyExceptionMapper().toResponse(new NotFoundException("No objective 7.")).getStatus())
        .isEqualTo(404);
  }

  @Test
  void camundasOwnRefusalsKeepTheirStatusAndMessageInTheOneShape() {
    Response refused = answer(new org.camunda.bpm.engine.AuthorizationException("alex", "READ", "Task", "42"));
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(message(refused)).contains("alex").contains("READ");
    assertThat(((Map<?, ?>) refused.getEntity()).get("exceptionType")).isEqualTo("AuthorizationException");
    assertThat(((Map<?, ?>) refused.getEntity()).get("title")).isEqualTo("Not permitted");
  }
}
