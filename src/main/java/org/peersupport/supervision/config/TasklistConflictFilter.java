package org.peersupport.supervision.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist works through the webapps' own copy of the engine API ({@code /camunda/api/engine}), a JAX-RS
 * application of Camunda's that the {@code /engine-rest} exception mappers ({@link EngineRestConfiguration})
 * do not reach. There a lost race on a task (two people completing or claiming it at once) or a task that is
 * gone answers 500. This filter gives Tasklist's task actions the same answers as {@code /engine-rest}: 409
 * when someone else changed the task in the same moment or holds it, 404 when it is no longer open. Only a
 * 500 of those kinds is rewritten; nothing of the request was written either way (the engine rolled back).
 */
class TasklistConflictFilter extends OncePerRequestFilter {

  private static final Pattern TASK_ACTION =
      Pattern.compile("^/camunda/api/engine/engine/[^/]+/task/[^/]+/(complete|submit-form|claim|unclaim|assignee|resolve)/?$");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod()) || !TASK_ACTION.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
      if (answer.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        rewriteLostRace(answer);
      }
    } finally {
      answer.copyBodyToResponse();
    }
  }

  private void rewriteLostRace(ContentCachingResponseWrapper answer) throws IOException {
    JsonNode error;
    try {
      error = json.readTree(answer.getContentAsByteArray());
    } catch (IOException notJson) {
      return;
    }
    if (error == null) {
      return;
    }
    String type = error.path("type").asText("");
    String message = error.path("message").asText("");
    int status;
    Map<String, Object> body = new LinkedHashMap<>();
    if (message.contains("Cannot find task with id")) {
      status = HttpServletResponse.SC_NOT_FOUND;
      body.put("type", "TaskNotFound");
      body.put("message", "This task is no longer open: someone may have completed it. Reload your task list.");
    } else if ("OptimisticLockingException".equals(type) || message.contains("it has no current activity")) {
      status = HttpServletResponse.SC_CONFLICT;
      body.put("type", "OptimisticLockingException");
      body.put("message", "Someone else changed this task at the same moment, so nothing was saved. Reload it and try again.");
    } else if ("TaskAlreadyClaimedException".equals(type)) {
      status = HttpServletResponse.SC_CONFLICT;
      body.put("type", type);
      body.put("message", "Someone else has already claimed this task.");
    } else {
      return;
    }
    answer.resetBuffer();
    answer.setStatus(status);
    answer.setContentType("application/json");
    answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
    answer.getOutputStream().write(json.writeValueAsBytes(body));
  }
}
