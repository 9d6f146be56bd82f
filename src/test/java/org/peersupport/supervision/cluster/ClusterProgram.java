package org.peersupport.supervision.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.security.ProgramRoles;

/**
 * A program set up and worked over HTTP on running nodes, as its people would: the administrator
 * creates users and supervision relationships (demo mode is off on PostgreSQL), a supervisor and their
 * specialists work through supervision cycles with the forms' real payloads.
 */
final class ClusterProgram {

  static final String SUPERVISOR = "sam";
  static final String PROGRAM_LEAD = "lee";

  private ClusterProgram() {}

  static String password(String user) {
    return user + "-pw-cluster";
  }

  static Http as(AppNode node, String user) {
    return user.equals(AppNode.ADMIN) ? Http.as(node.port(), AppNode.ADMIN, AppNode.ADMIN_PASSWORD)
        : Http.as(node.port(), user, password(user));
  }

  static Http admin(AppNode node) {
    return as(node, AppNode.ADMIN);
  }

  /** The supervisor {@link #SUPERVISOR}, a program lead and the given specialists, all supervised by sam. */
  static void setUp(AppNode node, List<String> specialists) {
    Http admin = admin(node);
    createUser(admin, SUPERVISOR, ProgramRoles.SUPERVISORS);
    createUser(admin, PROGRAM_LEAD, ProgramRoles.PROGRAM_LEADS);
    for (String specialist : specialists) {
      createUser(admin, specialist, ProgramRoles.SPECIALISTS);
      expect(admin.post("/api/relationships", Map.of("supervisorId", SUPERVISOR, "specialistId", specialist)), 201);
    }
  }

  private static void createUser(Http admin, String id, String group) {
    expect(admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", id.substring(0, 1).toUpperCase() + id.substring(1), "lastName", "Test",
            "email", id + "@peer-program.example"),
        "credentials", Map.of("password", password(id)))), 204);
    expect(admin.put("/engine-rest/group/" + group + "/members/" + id, Map.of()), 204);
  }

  static Http.Reply expect(Http.Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + " but got " + reply);
    }
    return reply;
  }

  // the steps of a cycle; each returns the server's reply so that callers count what was acknowledged

  static Http.Reply startCycle(Http supervisor, String specialist) {
    return supervisor.post("/engine-rest/process-definition/key/supervision-cycle/submit-form",
        Map.of("variables", Map.of("specialistId", Map.of("value", specialist))));
  }

  /** The id of the one open task of the cycle the user can see, or null. */
  static String openTask(Http user, String cycle) {
    JsonNode tasks = user.get("/engine-rest/task?processInstanceId=" + cycle).json();
    return tasks.isArray() && tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
  }

  static Http.Reply assignPrompts(Http supervisor, String taskId) {
    return supervisor.post("/engine-rest/task/" + taskId + "/submit-form", variables(Map.of(
        "reflectionPrompts", json("[\"BOUNDARIES\",\"OWN_RECOVERY\"]"),
        "reflectionDueDate", LocalDate.now().plusDays(5).toString())));
  }

  static Http.Reply completeReflection(Http specialist, String taskId) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("boundariesAnswer", "P-1042 offered a gift card; I thanked them and declined.");
    form.put("ownRecoveryAnswer", "Steady; I used my own supports.");
    form.put("disclosureSummary", "Shared briefly about my first year in recovery.");
    form.put("wellnessSelfRating", 4);
    form.put("wellnessNote", "Sleeping better.");
    form.put("questionsForSupervision", "How much of my story is too much in a group?");
    for (CompetencyDomain domain : CompetencyDomain.values()) {
      form.put(domain.ratingField(), 3);
    }
    return specialist.post("/engine-rest/task/" + taskId + "/complete", variables(form));
  }

  static Http.Reply recordSession(Http supervisor, String taskId) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("sessionDate", LocalDate.now().toString());
    form.put("durationMinutes", 60);
    form.put("sessionFormat", "INDIVIDUAL");
    form.put("topics", json("[\"BOUNDARIES\",\"SELF_DISCLOSURE\"]"));
    form.put("competenciesDiscussed", json("[\"SHARING_LIVED_EXPERIENCE\"]"));
    form.put("actionItems", json("[{\"what\":\"Practise Ask-Share-Ask in the Tuesday group\",\"owner\":\"SPECIALIST\","
        + "\"dueDate\":\"" + LocalDate.now().plusDays(14) + "\"}]"));
    form.put("sessionNotes", "Talked through the gift and the group.");
    form.put("wellnessConcern", false);
    return supervisor.post("/engine-rest/task/" + taskId + "/submit-form", variables(form));
  }

  static Http.Reply signRecord(Http specialist, String taskId) {
    return specialist.post("/engine-rest/task/" + taskId + "/submit-form",
        variables(Map.of("recordDecision", "ACKNOWLEDGE", "attestation", true)));
  }

  /** Starts a cycle and chooses its prompts: the cycle then waits for the reflection, with its two timers. */
  static String cycleWaitingForReflection(AppNode node, String specialist) {
    Http supervisor = as(node, SUPERVISOR);
    String cycle = expect(startCycle(supervisor, specialist), 200).json().get("id").asText();
    expect(assignPrompts(supervisor, openTask(supervisor, cycle)), 204);
    return cycle;
  }

  /** The timer jobs of a process instance (reminder and escalation of a waiting reflection). */
  static List<String> timerJobs(AppNode node, String processInstanceId) {
    List<String> ids = new ArrayList<>();
    admin(node).get("/engine-rest/job?timers=true&processInstanceId=" + processInstanceId).json()
        .forEach(job -> ids.add(job.get("id").asText()));
    return ids;
  }

  /** The schedule's timer (the scheduled start of cycles for every relationship). */
  static String scheduleTimer(AppNode node) {
    JsonNode jobs = admin(node).get("/engine-rest/job?timers=true&processDefinitionKey=supervision-schedule").json();
    if (jobs.size() != 1) {
      throw new AssertionError("expected one schedule timer: " + jobs);
    }
    return jobs.get(0).get("id").asText();
  }

  /** Makes a timer due at the given moment (Camunda's REST: set the job's due date). */
  static void makeDue(AppNode node, String jobId, Instant at) {
    String duedate = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC).format(at);
    expect(admin(node).put("/engine-rest/job/" + jobId + "/duedate", Map.of("duedate", duedate)), 204);
  }

  private static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) ->
        variables.put(name, value instanceof Map<?, ?> typed ? typed : Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
