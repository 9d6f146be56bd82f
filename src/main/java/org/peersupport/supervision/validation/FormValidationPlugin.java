package org.peersupport.supervision.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FormValidator} in front of every user task completion and every process start that has
 * a Camunda Form, whatever calls the engine (Tasklist, REST, Java), so that no diagram can forget it:
 *
 * <ul>
 *   <li>a BPMN parse listener adds a built-in listener (it runs before any listener a diagram
 *       declares) to each user task's {@code complete} event and each start event with a
 *       {@code camunda:formRef};
 *   <li>inside the transaction, {@link FormOnlyChanges} refuses a person's command that changes work
 *       (variables, tasks, executions) without a form that passed;
 *   <li>a command interceptor outside the transaction unwraps a {@link FormRejectedException} that
 *       the engine wrapped while invoking a listener, so that REST clients get 400, not 500. The
 *       transaction has rolled back by then: nothing is written.
 * </ul>
 *
 * In this package, this class, {@link FormOnlyChanges}, {@code TextLengthLimit} and
 * {@link FormRejectedException} touch the engine's extension SPI (which lives in {@code impl} packages
 * in Camunda 7); docs/architecture.md lists every such place.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final FormValidator validator;

  public FormValidationPlugin(FormValidator validator) {
    this.validator = validator;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners();
    if (parseListeners == null) {
      parseListeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(parseListeners);
    }
    parseListeners.add(new FormParseListener());

    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
    interceptors.add(new RejectionUnwrapper());

    List<CommandInterceptor> inside = configuration.getCustomPostCommandInterceptorsTxRequired();
    if (inside == null) {
      inside = new ArrayList<>();
      configuration.setCustomPostCommandInterceptorsTxRequired(inside);
    }
    inside.add(new FormOnlyChanges());
  }

  private final class FormParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
      if (formId != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
            new ValidateOnComplete(formId));
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
      if (formId != null) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new ValidateOnStart(formId));
      }
    }
  }

  private final class ValidateOnComplete implements TaskListener {
    private final String formId;

    ValidateOnComplete(String formId) {
      this.formId = formId;
    }

    @Override
    public void notify(DelegateTask task) {
      // a completion that lost the race: the winner ended the task's execution, so the values sent never
      // reached it and the form would be refused as empty; it is a lost race (409), not a bad form
      if (task.getExecutionId() != null && task.getExecution() == null) {
        throw new org.camunda.bpm.engine.OptimisticLockingException("the task was completed meanwhile");
      }
      validator.validate(formId, visible(task.getVariablesTyped(), formId));
      FormOnlyChanges.taskFormPassed(formId, validator.fieldNames(formId), task.getProcessInstanceId());
    }
  }

  private final class ValidateOnStart implements ExecutionListener {
    private final String formId;

    ValidateOnStart(String formId) {
      this.formId = formId;
    }

    @Override
    public void notify(DelegateExecution execution) {
      validator.validate(formId, visible(execution.getVariablesTyped(), formId));
      FormOnlyChanges.startFormPassed();
    }
  }

  private Map<String, Object> visible(Map<String, Object> variables, String formId) {
    Map<String, Object> own = new java.util.HashMap<>();
    for (String field : validator.fieldNames(formId)) {
      if (variables.containsKey(field)) {
        own.put(field, variables.get(field));
      }
    }
    return own;
  }

  /** Rethrows a form refusal that the engine wrapped while invoking a listener, as itself. */
  private static final class RejectionUnwrapper extends CommandInterceptor {
    @Override
    public <T> T execute(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
      try {
        return next.execute(command);
      } catch (FormRejectedException e) {
        throw e;
      } catch (RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormRejectedException rejection) {
            throw rejection;
          }
        }
        throw e;
      }
    }
  }
}
