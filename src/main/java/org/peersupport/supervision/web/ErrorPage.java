package org.peersupport.supervision.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.peersupport.supervision.system.Problems;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Spring Boot's error page, in the one error shape ({@link Problems}) for everything that is not a browser
 * asking for a page: a path or method that is not there, or a failure no handler answered, gets the same
 * problem details as every refusal, never Boot's own {@code timestamp/error/path} body nor anything of the
 * failure (that stays in the log). Someone asking for {@code /error} itself gets a 404 like any page that is
 * not there (with no failed request behind it Boot would answer 500); errors forwarded by the container keep
 * their status.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPage {

  @Bean
  BasicErrorController basicErrorController(ErrorAttributes attributes, ServerProperties server,
      List<ErrorViewResolver> resolvers) {
    return new BasicErrorController(attributes, server.getError(), resolvers) {
      @Override
      protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
          return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
      }

      @Override
      @SuppressWarnings({"unchecked", "rawtypes"})
      public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Map<String, Object> problem = Problems.of(status.value(), status.getReasonPhrase(), detail(status), List.of());
        return ResponseEntity.status(status).contentType(MediaType.valueOf(Problems.MEDIA_TYPE)).body(problem);
      }
    };
  }

  /** What a person or a script can do about it; never the failure itself. */
  static String detail(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not take this method.";
      case UNSUPPORTED_MEDIA_TYPE -> "This address does not take a body of this media type.";
      case NOT_ACCEPTABLE -> "This address cannot answer in the media type asked for.";
      default -> status.is5xxServerError()
          ? "The server could not complete this request. The details are in the server's log."
          : "The request was not accepted (" + status.getReasonPhrase() + ").";
    };
  }
}
