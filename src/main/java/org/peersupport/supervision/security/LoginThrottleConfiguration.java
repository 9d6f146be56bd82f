package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Sign-in throttling ({@link LoginThrottle}) in front of every sign-in with a password: after the response
 * headers (+0), before HTTP Basic and the pages' sign-in (+10). The engine's own login lock is off
 * ({@code camunda.bpm.generic-properties} in application.yaml): it counted per account only and became
 * permanent, so anyone could lock anyone out.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle(Clock.systemUTC());
  }

  @Bean
  FilterRegistrationBean<Filter> loginThrottling(LoginThrottle throttle) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("peer-supervision-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/dashboard", "/dashboard/*", "/roster", "/roster/*",
        "/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
