package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The reflection's process ended: the record notes when. */
@Component("closeDisclosureReflection")
class CloseDisclosureReflection implements ExecutionListener {

  private final Reflections repository;

  CloseDisclosureReflection(Reflections repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateExecution execution) {
    repository.findByProcessInstanceId(execution.getProcessInstanceId())
        .ifPresent(reflection -> reflection.closed(Reflections.now()));
  }
}
