package org.peersupport.supervision.system;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Whether a refused permission on a task is only the trace of a task that was just completed: the engine
 * checks a person's permission on a task after it has read the task, and the winner of two completions at
 * the same moment removes the task and its permissions in between, so the loser is told "not permitted"
 * for a task that was theirs. That is a lost race, answered as a task that is no longer open, but only to
 * someone the finished task was assigned or offered to (anyone else keeps the refusal, and learns nothing of
 * a task that was never theirs).
 */
final class CompletedTasks {

  private CompletedTasks() {}

  static boolean finishedForThem(AuthorizationException refused) {
    List<MissingAuthorization> missing = refused.getMissingAuthorizations();
    if (missing == null || missing.isEmpty()) {
      return false;
    }
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (engine == null) {
      return false;
    }
    IdentityService identity = engine.getIdentityService();
    Authentication person = identity.getCurrentAuthentication();
    if (person == null || person.getUserId() == null || !person.getUserId().equals(refused.getUserId())) {
      return false;
    }
    identity.clearAuthentication();
    try {
      // Camunda names every permission that would have done (on the task, on its process definition)
      return missing.stream().filter(one -> Resources.TASK.resourceName().equals(one.getResourceType()))
          .map(MissingAuthorization::getResourceId).filter(java.util.Objects::nonNull).distinct()
          .anyMatch(taskId -> finishedAndTheirs(engine, taskId, person));
    } finally {
      identity.setAuthentication(person);
    }
  }

  private static boolean finishedAndTheirs(ProcessEngine engine, String taskId, Authentication person) {
    HistoricTaskInstance finished = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
        .finished().singleResult();
    if (finished == null) {
      return false;
    }
    if (person.getUserId().equals(finished.getAssignee())) {
      return true;
    }
    List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
    return engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
        .anyMatch(link -> person.getUserId().equals(link.getUserId())
            || link.getGroupId() != null && groups.contains(link.getGroupId()));
  }
}
