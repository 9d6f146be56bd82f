package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.peersupport.supervision.audit.DashboardSignIn;
import org.peersupport.supervision.forms.FormSubmissionFilter;
import org.peersupport.supervision.forms.FormValidator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Closes Camunda's REST API and the product's /api behind HTTP Basic against the engine's identity
 * service (Camunda leaves /engine-rest open by default), and puts the form submission check in front
 * of every completion endpoint. The webapps under /camunda keep their own login; /dashboard takes
 * either; health stays open.
 */
@Configuration(proxyBeanMethods = false)
class HttpSecurityConfiguration {

  static final String BASIC_PROVIDER =
      "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

  @Bean
  FilterRegistrationBean<Filter> basicAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("peer-supervision-basic-authentication");
    registration.addInitParameter("authentication-provider", BASIC_PROVIDER);
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The dashboard: HTTP Basic like /api, or the webapps' session (see DashboardSignIn). */
  @Bean
  FilterRegistrationBean<Filter> dashboardSignIn(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new DashboardSignIn(identityService));
    registration.setName("peer-supervision-dashboard-sign-in");
    registration.addUrlPatterns("/dashboard", "/dashboard/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> formSubmissionCheck(ProcessEngine engine, FormValidator validator) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new FormSubmissionFilter(engine, validator));
    registration.setName("peer-supervision-form-submission");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
