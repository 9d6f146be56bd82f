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

  private static String message(Response response) {
    return String.valueOf(((Map<?, ?>) response.getEntity()).get("message"));
  }

  @Test
  void aCompletionThatLostTheRaceInTheEngineIsAConflictWithTheProductsMessage() {
    Response locked = new EngineErrors.RestExceptionMapper().toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[7]' failed"), "Cannot submit"));
    assertThat(locked.getStatus()).isEqualTo(409);
    assertThat(message(locked)).contains("Someone else changed this task").doesNotContain("ExecutionEntity");
    assertThat(answer(new ProcessEngineException("Cannot complete: it has no current activity")).getStatus()).isEqualTo(409);
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
  void aClaimOfATaskSomeoneHoldsIsAConflict() {
    Response response = answer(new TaskAlreadyClaimedException("42", "maria"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(message(response)).contains("already claimed");
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
  }
}
