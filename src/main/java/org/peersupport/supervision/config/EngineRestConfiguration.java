package org.peersupport.supervision.config;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.peersupport.supervision.system.EngineErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API as the starter configures it, with the product's answers to failed requests
 * ({@link EngineErrors}): a form refusal is a 400 on every endpoint, a lost race a 409, a refusal caused by
 * the request a 400 or 404, and an internal failure a 500 that tells the client nothing of the internals.
 * The same mappers reach the webapps' engine API (Tasklist) through {@link EngineErrors.Registration}.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        EngineErrors.MAPPERS.forEach(this::register);
      }
    };
  }
}
