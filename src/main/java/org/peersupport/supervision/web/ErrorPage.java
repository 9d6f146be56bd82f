package org.peersupport.supervision.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Spring Boot's error page, except when someone asks for {@code /error} itself: with no failed request
 * behind it Boot answers 500, as if the server had failed. Here that is a 404, like any page that is not
 * there; errors forwarded by the container keep their status.
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
    };
  }
}
