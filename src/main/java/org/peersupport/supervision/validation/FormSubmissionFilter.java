package org.peersupport.supervision.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.system.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP edge of the validation path. Camunda's completion endpoints accept any variable; this
 * filter refuses, before the engine is called, a submission to a task or start form that carries
 * variables the form does not define, values of a type that is never allowed (Java objects, XML,
 * files), or values that break the form's rules. It covers Camunda's REST API and the API Tasklist
 * uses. The engine validates again on its own (see {@link FormValidationPlugin}).
 */
public class FormSubmissionFilter extends OncePerRequestFilter {

  static final int MAX_BODY_BYTES = 256 * 1024;
  private static final Set<String> PLAIN_TYPES = Set.of("string", "integer", "long", "short", "double",
      "boolean", "date", "json", "null");

  private static final Pattern TASK_SUBMISSION = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)/?$");
  private static final Pattern START_SUBMISSION = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/"
          + "(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)/?$");

  private final ProcessEngine engine;
  private final FormValidator validator;
  private final ObjectMapper json;

  public FormSubmissionFilter(ProcessEngine engine, FormValidator validator) {
    this.engine = engine;
    this.validator = validator;
    this.json = new ObjectMapper();
    this.json.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(MAX_BODY_BYTES).build());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/camunda/") && request.getSession(false) == null) {
      // not signed in to the webapps: Camunda's own filters refuse it
      chain.doFilter(request, response);
      return;
    }
    Optional<String> formId = formIdFor(path);
    if (formId.isEmpty() || validator.recordFor(formId.get()).isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      Problems.write(response, 413, "Submission too large",
          "A form submission may be at most " + MAX_BODY_BYTES / 1024 + " KiB.", List.of());
      return;
    }
    try {
      Map<String, Object> values = plainValues(formId.get(), body);
      validator.validate(formId.get(), values);
    } catch (FormRejectedException e) {
      Problems.write(response, e);
      return;
    } catch (JsonProcessingException e) {
      Problems.write(response, 400, "Unreadable submission",
          "The body must be JSON: {\"variables\": {\"field\": {\"value\": ..., \"type\": ...}}}.", List.of());
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private Optional<String> formIdFor(String path) {
    Matcher task = TASK_SUBMISSION.matcher(path);
    if (task.matches()) {
      String taskId = task.group(1);
      return Privileged.call(engine.getIdentityService(), () -> {
        Task found = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return Optional.ofNullable(found).map(Task::getCamundaFormRef).map(CamundaFormRef::getKey);
      });
    }
    Matcher start = START_SUBMISSION.matcher(path);
    if (start.matches()) {
      return Privileged.call(engine.getIdentityService(), () -> {
        ProcessDefinition definition = start.group(1) != null
            ? engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(start.group(1)).latestVersion().singleResult()
            : engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionId(start.group(2)).singleResult();
        return Optional.ofNullable(definition).map(this::startFormRef).map(CamundaFormRef::getKey);
      });
    }
    return Optional.empty();
  }

  private CamundaFormRef startFormRef(ProcessDefinition definition) {
    return engine.getFormService().getStartFormData(definition.getId()).getCamundaFormRef();
  }

  /** Camunda's variable JSON as plain values; refuses unknown names and forbidden types. */
  private Map<String, Object> plainValues(String formId, byte[] body) throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    if (body.length == 0) {
      return values;
    }
    JsonNode root = json.readTree(body);
    JsonNode variables = root == null ? null : root.get("variables");
    if (variables == null || variables.isNull()) {
      return values;
    }
    if (!variables.isObject()) {
      throw FormRejectedException.of(formId, "variables", "must be an object of named values");
    }
    List<String> unknown = validator.unknownFields(formId, toSet(variables.fieldNames()));
    if (!unknown.isEmpty()) {
      throw new FormRejectedException(formId, unknown.stream()
          .map(name -> new FieldProblem(name, "is not a field of this form")).toList());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      values.put(entry.getKey(), plainValue(formId, entry.getKey(), entry.getValue()));
    }
    return values;
  }

  private Object plainValue(String formId, String name, JsonNode variable) throws JsonProcessingException {
    if (variable == null || !variable.isObject()) {
      throw FormRejectedException.of(formId, name, "must be given as {\"value\": ..., \"type\": ...}");
    }
    JsonNode typeNode = variable.get("type");
    String type = typeNode == null || typeNode.isNull() ? null : typeNode.asText().toLowerCase();
    if (type != null && !PLAIN_TYPES.contains(type)) {
      throw FormRejectedException.of(formId, name, "has a value type that is not accepted here");
    }
    JsonNode value = variable.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    if ("json".equals(type) && value.isTextual()) {
      return json.readValue(value.asText(), Object.class);
    }
    return json.treeToValue(value, Object.class);
  }

  private static Set<String> toSet(Iterator<String> names) {
    Set<String> set = new java.util.LinkedHashSet<>();
    names.forEachRemaining(set::add);
    return set;
  }

  /** Lets the engine's REST layer read the body this filter already read. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
