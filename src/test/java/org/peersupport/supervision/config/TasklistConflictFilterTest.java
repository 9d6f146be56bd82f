package org.peersupport.supervision.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What Tasklist's own engine API answers reaches the browser unchanged, except a lost race on a task:
 * 409 (or 404 once the task is gone) instead of 500. (The 404 over HTTP: SupervisionCycleHttpTest.)
 */
class TasklistConflictFilterTest {

  private final TasklistConflictFilter filter = new TasklistConflictFilter();

  private MockHttpServletResponse answer(String method, String path, int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain camunda = (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
      res.setContentType("application/json");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
    filter.doFilter(request, response, camunda);
    return response;
  }

  private static final String SUBMIT = "/camunda/api/engine/engine/default/task/42/submit-form";

  @Test
  void aCompletionThatLostTheRaceIsAConflict() throws Exception {
    MockHttpServletResponse response = answer("POST", SUBMIT, 500,
        "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 Execution of 'UPDATE ExecutionEntity[7]' failed\",\"code\":1}");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString()).contains("Someone else changed this task").doesNotContain("ExecutionEntity");

    MockHttpServletResponse moved = answer("POST", SUBMIT, 500,
        "{\"type\":\"ProcessEngineException\",\"message\":\"Cannot complete: it has no current activity\",\"code\":0}");
    assertThat(moved.getStatus()).isEqualTo(409);
  }

  @Test
  void aClaimOfATaskSomeoneHoldsIsAConflict() throws Exception {
    MockHttpServletResponse response = answer("POST", "/camunda/api/engine/engine/default/task/42/claim", 500,
        "{\"type\":\"TaskAlreadyClaimedException\",\"message\":\"Task '42' is already claimed by someone else.\",\"code\":0}");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString()).contains("already claimed");
  }

  @Test
  void otherAnswersPassUnchanged() throws Exception {
    String failure = "{\"type\":\"ProcessEngineException\",\"message\":\"something else\",\"code\":0}";
    MockHttpServletResponse other = answer("POST", SUBMIT, 500, failure);
    assertThat(other.getStatus()).isEqualTo(500);
    assertThat(other.getContentAsString()).isEqualTo(failure);

    MockHttpServletResponse refused = answer("POST", SUBMIT, 400, "{\"type\":\"FormRejectedException\"}");
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).isEqualTo("{\"type\":\"FormRejectedException\"}");

    MockHttpServletResponse read = answer("GET", "/camunda/api/engine/engine/default/task/42", 500,
        "{\"type\":\"OptimisticLockingException\",\"message\":\"x\"}");
    assertThat(read.getStatus()).as("only task actions").isEqualTo(500);
  }
}
