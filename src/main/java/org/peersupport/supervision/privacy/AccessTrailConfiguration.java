package org.peersupport.supervision.privacy;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The access trail for the webapps' APIs beyond Tasklist's engine mount: {@code /camunda/api/admin/*},
 * {@code /camunda/api/cockpit/*}, {@code /camunda/api/tasklist/*} and the rest of {@code /camunda/api/*}.
 * The trail's main registration (in the security configuration) covers {@code /engine-rest}, {@code /api},
 * {@code /camunda/api/engine}, the dashboard and the roster page; a request under both is recorded once
 * (the filter marks the request).
 */
@Configuration
class AccessTrailConfiguration {

  @Bean
  FilterRegistrationBean<Filter> accessTrailOfTheWebappApis(AccessTrail trail, IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new AccessTrailFilter(trail, identityService));
    registration.setName("peer-supervision-access-trail-webapp-apis");
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }
}
