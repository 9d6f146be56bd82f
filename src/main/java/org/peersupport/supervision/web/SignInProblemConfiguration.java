package org.peersupport.supervision.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.peersupport.supervision.system.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A refused sign-in on /api is a problem detail like every other refusal there, as the API's OpenAPI
 * document says: Camunda's Basic authentication filter (order +10) answers 401 with its challenge and
 * no body; this filter, just outside it, writes the problem into that empty answer. The challenge
 * header stays.
 */
@Configuration(proxyBeanMethods = false)
class SignInProblemConfiguration {

  @Bean
  FilterRegistrationBean<Filter> signInProblem() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      chain.doFilter(request, response);
      HttpServletResponse http = (HttpServletResponse) response;
      if (http.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && http.getContentType() == null
          && !http.isCommitted()) {
        http.resetBuffer();
        Problems.write(http, 401, "Sign-in required",
            "Sign in with your user name and password (HTTP Basic).", List.of());
      }
    });
    registration.setName("peer-supervision-api-sign-in-problem");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 9);
    return registration;
  }
}
