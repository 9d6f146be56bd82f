package org.peersupport.supervision.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sign-in throttling ({@link LoginThrottle}), whose filter stands in front of every sign-in with a password
 * (the chain: web/HttpFilterChain). The engine's own login lock is off
 * ({@code camunda.bpm.generic-properties} in application.yaml): it counted per account only and became
 * permanent, so anyone could lock anyone out.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle(Clock.systemUTC());
  }
}
