package org.peersupport.supervision.scope;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The scope check record of a process instance. */
@Component
class ScopeChecks {

  private final ScopeCheckRepository repository;

  ScopeChecks(ScopeCheckRepository repository) {
    this.repository = repository;
  }

  ScopeCheck of(String processInstanceId) {
    return repository.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no scope check record for this process instance"));
  }

  ScopeCheck save(ScopeCheck check) {
    return repository.save(check);
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
