package org.peersupport.supervision.cycle;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The confidential wellness record of a cycle, created on first use. */
@Component
class WellnessRecords {

  private final WellnessCheckIns repository;

  WellnessRecords(WellnessCheckIns repository) {
    this.repository = repository;
  }

  WellnessCheckIn forCycle(DelegateTask task) {
    return forCycle(task.getProcessInstanceId(), task);
  }

  WellnessCheckIn forCycle(String processInstanceId, VariableScope scope) {
    return repository.findByProcessInstanceId(processInstanceId).orElseGet(() -> repository.save(
        new WellnessCheckIn(processInstanceId, (String) scope.getVariable(CycleVariables.SPECIALIST_ID),
            (String) scope.getVariable(CycleVariables.SUPERVISOR_ID))));
  }
}
