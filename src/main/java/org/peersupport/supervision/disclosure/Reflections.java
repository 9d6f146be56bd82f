package org.peersupport.supervision.disclosure;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The reflection record of a process instance, and the engine's clock for its timings. */
@Component
class Reflections {

  private final DisclosureReflectionRepository repository;

  Reflections(DisclosureReflectionRepository repository) {
    this.repository = repository;
  }

  DisclosureReflection of(String processInstanceId) {
    return repository.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
        new IllegalStateException("no reflection record for process instance " + processInstanceId));
  }

  DisclosureReflection save(DisclosureReflection reflection) {
    return repository.save(reflection);
  }

  /** Now, by the engine's clock (which tests move). */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
