package org.peersupport.supervision.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A supervisor sees (READ, not work on) every task assigned to a specialist they supervise in that
 * piece of work: processes carry {@code specialistId} and {@code supervisorId}, and each user task
 * assigned to the specialist grants the supervisor READ on it when it is created. Nobody else gets
 * anything: the engine gives assignees TASK_WORK on their own tasks, and no role has blanket
 * access to tasks or process instances.
 */
@Component
public class RelationshipVisibilityPlugin extends AbstractProcessEnginePlugin {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public RelationshipVisibilityPlugin(@Lazy IdentityService identityService,
      @Lazy AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners();
    if (parseListeners == null) {
      parseListeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(parseListeners);
    }
    TaskListener grantSupervisorRead = this::grantSupervisorRead;
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, grantSupervisorRead);
        }
      }
    });
  }

  private void grantSupervisorRead(DelegateTask task) {
    Object specialist = task.getVariable("specialistId");
    Object supervisor = task.getVariable("supervisorId");
    if (specialist == null || supervisor == null || !specialist.equals(task.getAssignee())
        || specialist.equals(supervisor)) {
      return;
    }
    Privileged.run(identityService, () -> {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setUserId(supervisor.toString());
      authorization.setResource(Resources.TASK);
      authorization.setResourceId(task.getId());
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    });
  }
}
