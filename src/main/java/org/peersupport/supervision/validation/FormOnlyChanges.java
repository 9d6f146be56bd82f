package org.peersupport.supervision.validation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.FieldProblem;

/**
 * Inside the engine, whatever endpoint or Java caller issued it: a command issued by a signed-in person
 * (not an administrator) that writes variables, creates or ends a task, or starts an execution is
 * refused unless it is the submission of a form that passed the form's validation, and a form
 * submission may write only the form's own fields. So {@code resolve}, {@code bpmnError},
 * {@code bpmnEscalation}, variable writes, standalone tasks and any future operation that changes work
 * without a form fail with 403 and roll back. The product's own delegates, listeners and jobs run
 * without a person's authentication (or inside the person's validated submission) and are not affected.
 *
 * <p>It looks at what the command is about to write (the engine's entity cache, before the flush),
 * not at which command it is, so that a new command cannot slip past a list of names.
 */
final class FormOnlyChanges extends CommandInterceptor {

  static final String REFUSAL = "Only a form submission can change this work: complete the task with its form.";

  private static final ThreadLocal<Submission> CURRENT = new ThreadLocal<>();

  /** The outermost command of this thread: whether a person issued it and whether a form passed. */
  private static final class Submission {
    final boolean byPerson;
    boolean formPassed;

    Submission(boolean byPerson) {
      this.byPerson = byPerson;
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (CURRENT.get() != null) {
      // a command inside a command (a delegate's service call): the outermost one decides
      return next.execute(command);
    }
    CommandContext context = Context.getCommandContext();
    Submission submission = new Submission(isPerson(context.getAuthenticatedUserId(), context.getAuthenticatedGroupIds()));
    CURRENT.set(submission);
    try {
      T result = next.execute(command);
      if (submission.byPerson && !submission.formPassed && changesWork(context)) {
        throw new AuthorizationException(REFUSAL);
      }
      return result;
    } finally {
      CURRENT.remove();
    }
  }

  /** Called by the form check when a process start's form passed. */
  static void startFormPassed() {
    Submission submission = CURRENT.get();
    if (submission != null) {
      submission.formPassed = true;
    }
  }

  /**
   * Called by the form check when a task's form passed, before the step's own listeners run: what is
   * written so far in the task's process is what was submitted, and a person may submit only the form's
   * fields. (A start's variables are not checked here: a process's own start listeners run first and set
   * variables of their own, such as who started it; the HTTP edge refuses unknown start fields.)
   */
  static void taskFormPassed(String formId, Collection<String> fields, String processInstanceId) {
    Submission submission = CURRENT.get();
    if (submission == null || !submission.byPerson || submission.formPassed) {
      // not a person's, or a form the product itself submits inside the person's validated submission
      return;
    }
    Set<String> foreign = new TreeSet<>();
    for (CachedDbEntity cached : Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntities()) {
      if (cached.getEntity() instanceof VariableInstanceEntity variable && written(cached)
          && processInstanceId != null && processInstanceId.equals(variable.getProcessInstanceId())
          && !fields.contains(variable.getName())) {
        foreign.add(variable.getName());
      }
    }
    if (!foreign.isEmpty()) {
      throw new FormRejectedException(formId, foreign.stream()
          .map(name -> new FieldProblem(name, "is not a field of this form")).toList());
    }
    submission.formPassed = true;
  }

  private static boolean isPerson(String userId, List<String> groups) {
    return userId != null && (groups == null || !groups.contains(ProgramRoles.ADMINS));
  }

  private static boolean changesWork(CommandContext context) {
    for (CachedDbEntity cached : context.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
      Object entity = cached.getEntity();
      DbEntityState state = cached.getEntityState();
      if (entity instanceof VariableInstanceEntity && written(cached)) {
        return true;
      }
      if (entity instanceof TaskEntity && (state == DbEntityState.TRANSIENT || deleted(state))) {
        return true;
      }
      if (entity instanceof ExecutionEntity && state == DbEntityState.TRANSIENT) {
        return true;
      }
    }
    return false;
  }

  private static boolean written(CachedDbEntity cached) {
    DbEntityState state = cached.getEntityState();
    return state == DbEntityState.TRANSIENT || state == DbEntityState.MERGED || deleted(state)
        || (state == DbEntityState.PERSISTENT && cached.isDirty());
  }

  private static boolean deleted(DbEntityState state) {
    return state == DbEntityState.DELETED_TRANSIENT || state == DbEntityState.DELETED_PERSISTENT
        || state == DbEntityState.DELETED_MERGED;
  }
}
