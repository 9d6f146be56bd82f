package org.peersupport.supervision.cycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product's own API for supervision work: my open work, and a specialist's supervision history
 * with minutes per month (their own, or their supervisees' for a supervisor).
 */
@RestController
@RequestMapping("/api")
class SupervisionController {

  static final int MAX_MONTHS = 36;

  private final TaskService taskService;
  private final SupervisionHistory history;
  private final Relationships relationships;
  private final CurrentUser currentUser;

  SupervisionController(TaskService taskService, SupervisionHistory history, Relationships relationships,
      CurrentUser currentUser) {
    this.taskService = taskService;
    this.history = history;
    this.relationships = relationships;
    this.currentUser = currentUser;
  }

  record OpenWork(String taskId, String name, String processInstanceId, String assignee, Date created, Date due,
      int priority, boolean mine) {}

  record ActionItemView(String what, ActionItemOwner owner, LocalDate dueDate) {}

  record SessionView(LocalDate sessionDate, int durationMinutes, SessionFormat sessionFormat,
      Set<SupervisionTopic> topics, Set<CompetencyDomain> competenciesDiscussed, List<ActionItemView> actionItems,
      String sessionNotes, SupervisionSession.Status status, Instant attestedAt) {}

  record History(String specialistId, String specialistName, String supervisorId, SupervisionHistory.Minimum minimum,
      List<SupervisionHistory.MonthTotal> months, List<SessionView> sessions) {}

  /** Open tasks I may see: my own, and for a supervisor their supervisees' open supervision work. */
  @Operation(summary = "My open work",
      description = "Open tasks the caller may see, most urgent first (at most 200): their own, and for a "
          + "supervisor their supervisees' open supervision work. Never refused to a signed-in person: what "
          + "they may not see is left out.")
  @ApiResponse(responseCode = "200", description = "The open tasks.")
  @GetMapping("/me/work")
  List<OpenWork> myWork() {
    String me = currentUser.id();
    // the engine returns only tasks this user is authorized to read
    return taskService.createTaskQuery().active().orderByTaskPriority().desc().orderByDueDate().asc()
        .listPage(0, 200).stream()
        .map((Task t) -> new OpenWork(t.getId(), t.getName(), t.getProcessInstanceId(), t.getAssignee(),
            t.getCreateTime(), t.getDueDate(), t.getPriority(), me.equals(t.getAssignee())))
        .toList();
  }

  @Operation(summary = "A specialist's supervision history",
      description = "Sessions, minutes per month and the program's monthly minimum for the months from..to "
          + "(yyyy-MM; default the last 12 months, at most 36). For the specialist, their supervisor and "
          + "administrators.")
  @ApiResponse(responseCode = "200", description = "The history.")
  @ApiResponse(responseCode = "403", description = "The caller is not the specialist, their supervisor or an "
      + "administrator.")
  @GetMapping("/specialists/{specialistId}/supervision")
  History supervision(@PathVariable String specialistId,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
    String me = currentUser.id();
    if (!me.equals(specialistId) && !relationships.supervises(me, specialistId) && !currentUser.isAdmin()) {
      throw new NotPermittedException("You can see your own supervision history and your supervisees'.");
    }
    YearMonth last = to == null ? YearMonth.now() : to;
    YearMonth first = from == null ? last.minusMonths(11) : from;
    if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
      throw new org.peersupport.supervision.validation.FormRejectedException("supervision-history", List.of(
          new org.peersupport.supervision.system.FieldProblem("from", "must be before 'to' and at most "
              + MAX_MONTHS + " months earlier")));
    }
    List<SessionView> sessions = history.sessions(specialistId, first, last).stream()
        .map(s -> new SessionView(s.getSessionDate(), s.getDurationMinutes(), s.getSessionFormat(), s.getTopics(),
            s.getCompetenciesDiscussed(), s.getActionItems().stream()
                .map(a -> new ActionItemView(a.getWhat(), a.getOwner(), a.getDueDate())).toList(),
            s.getSessionNotes(), s.getStatus(), s.getAttestedAt()))
        .toList();
    return new History(specialistId, relationships.displayName(specialistId),
        relationships.supervisorOf(specialistId).orElse(null), history.minimum(),
        history.monthlyTotals(specialistId, first, last), sessions);
  }
}
