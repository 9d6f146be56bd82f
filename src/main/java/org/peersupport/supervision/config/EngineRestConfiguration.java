package org.peersupport.supervision.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.peersupport.supervision.forms.FormRejectedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API as the starter configures it, plus one answer: a request the product's form
 * rules refused is a 400 on every endpoint (Camunda answers 400 for completions and form submissions
 * already, but 500 for a plain process start).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(FormRejectionMapper.class);
      }
    };
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
      return camunda.toResponse(throwable);
    }
  }
}
