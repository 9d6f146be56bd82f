package org.peersupport.supervision.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 7807 problem details, the error format of /api and of refusals made before the engine. */
public final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static ProblemDetail of(int status, String title, String detail, List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    problem.setTitle(title);
    if (!problems.isEmpty()) {
      problem.setProperty("errors", problems.stream()
          .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }
    return problem;
  }

  public static void write(HttpServletResponse response, int status, String title, String detail,
      List<FieldProblem> problems) throws IOException {
    ProblemDetail problem = of(status, title, detail, problems);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", problem.getTitle());
    body.put("status", status);
    body.put("detail", problem.getDetail());
    // Camunda's webapps show 'message' of an error response
    body.put("message", detail);
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
