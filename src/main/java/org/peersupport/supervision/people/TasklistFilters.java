package org.peersupport.supervision.people;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows nothing until filters exist. Each role gets its filters at start, so people see their
 * work the moment they sign in: everyone "My tasks" and "Overdue"; each supervisor "My team's open
 * work"; program leads "Program follow-ups". Every filter lists the most urgent work first (a crisis has the
 * highest priority), then by due date; a filter of an earlier version is brought up to date at start.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String OVERDUE = "Overdue";
  static final String TEAM = "My team's open work";
  static final String FOLLOW_UPS = "Program follow-ups";

  private static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", "specialistName", "label", "Specialist"),
      Map.of("name", "supervisorName", "label", "Supervisor"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ProgramAuthorizations authorizations;

  public TasklistFilters(FilterService filterService, TaskService taskService, IdentityService identityService,
      ProgramAuthorizations authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.authorizations = authorizations;
  }

  void ensure() {
    String[] everyone = {ProgramRoles.SPECIALISTS, ProgramRoles.SUPERVISORS, ProgramRoles.PROGRAM_LEADS,
        ProgramRoles.ADMINS};
    Filter mine = ensure(MY_TASKS, null, -10, "Work assigned to me",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    Filter overdue = ensure(OVERDUE, null, -5, "Open work past its due date",
        taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    for (String group : everyone) {
      authorizations.grant(group, Resources.FILTER, mine.getId(), Permissions.READ);
      authorizations.grant(group, Resources.FILTER, overdue.getId(), Permissions.READ);
    }
    Filter followUps = ensure(FOLLOW_UPS, null, 0, "Follow-ups the program leads are asked for",
        taskService.createTaskQuery().taskCandidateGroup(ProgramRoles.PROGRAM_LEADS).includeAssignedTasks());
    authorizations.grant(ProgramRoles.PROGRAM_LEADS, Resources.FILTER, followUps.getId(), Permissions.READ);
    authorizations.grant(ProgramRoles.ADMINS, Resources.FILTER, followUps.getId(), Permissions.READ);

    for (User supervisor : identityService.createUserQuery().memberOfGroup(ProgramRoles.SUPERVISORS).list()) {
      ensureTeamFilter(supervisor.getId());
    }
  }

  /** The supervisor's own view of their supervisees' open work (and their own). */
  public void ensureTeamFilter(String supervisorId) {
    Filter team = ensure(TEAM, supervisorId, -8, "Open supervision work of the specialists I supervise",
        taskService.createTaskQuery().processVariableValueEquals("supervisorId", supervisorId));
    authorizations.grantUser(supervisorId, Resources.FILTER, team.getId(), Permissions.READ);
  }

  private Filter ensure(String name, String owner, int priority, String description, TaskQuery query) {
    var existing = filterService.createFilterQuery().filterName(name);
    if (owner != null) {
      existing.filterOwner(owner);
    }
    Filter filter = existing.list().stream().findFirst().orElse(null);
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setOwner(owner);
    }
    // crises first: the most urgent work on top, then what is due soonest (Tasklist's own sorting comes after)
    filter.setQuery(query.orderByTaskPriority().desc().orderByDueDate().asc());
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
        "variables", COLUMNS));
    return filterService.saveFilter(filter);
  }
}
