package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What protects people using the product in a browser: cross-site requests with Basic credentials are
 * refused on every path before anything else runs.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurityConfiguration {

  /** Before the Basic filter (+10): a refused request never signs anyone in or reaches the engine. */
  @Bean
  FilterRegistrationBean<Filter> crossSiteRequests() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter());
    registration.setName("peer-supervision-cross-site-requests");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
