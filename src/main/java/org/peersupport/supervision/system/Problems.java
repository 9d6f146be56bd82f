package org.peersupport.supervision.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one error shape of every mount ({@code /api}, {@code /engine-rest}, Tasklist's
 * {@code /camunda/api/engine}) and of every refusal a filter makes before them: RFC 9457 (formerly 7807)
 * problem details as {@code application/problem+json}, with {@code type} (always {@code about:blank}: the
 * status and title say the kind), {@code title}, {@code status}, {@code detail}, {@code message} (the
 * detail again, because Camunda's webapps show an error's {@code message}) and {@code errors}, the refused
 * fields ({@code field}, {@code label} when people see one, {@code message}), empty when the refusal is not
 * about fields. An answer of the engine's mounts may add {@code exceptionType}, Camunda's name of the
 * failure ({@link EngineErrors}).
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String EXCEPTION_TYPE = "exceptionType";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  /** The body of an error answer. */
  public static Map<String, Object> of(int status, String title, String detail, List<FieldProblem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    body.put("errors", problems.stream().map(Problems::fieldProblem).toList());
    return body;
  }

  /** The body of a refusal's answer. */
  public static Map<String, Object> of(Refusal refusal) {
    return of(refusal.status(), refusal.title(), refusal.detail(), refusal.fieldProblems());
  }

  private static Map<String, Object> fieldProblem(FieldProblem problem) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("field", problem.field());
    if (problem.label() != null) {
      entry.put("label", problem.label());
    }
    entry.put("message", problem.message());
    return entry;
  }

  /** Writes an error answer from a servlet filter, before any controller or the engine is reached. */
  public static void write(HttpServletResponse response, int status, String title, String detail,
      List<FieldProblem> problems) throws IOException {
    write(response, of(status, title, detail, problems));
  }

  /** Writes a refusal's answer from a servlet filter. */
  public static void write(HttpServletResponse response, Refusal refusal) throws IOException {
    write(response, of(refusal));
  }

  private static void write(HttpServletResponse response, Map<String, Object> body) throws IOException {
    response.setStatus((Integer) body.get("status"));
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
