package org.peersupport.supervision.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scope-compliance dashboard at {@code /dashboard}: the page (for program leads, admins and
 * supervisors; specialists are refused) and the data it draws, with the same rules as
 * {@code /api/audit}. Sign-in: {@link org.peersupport.supervision.security.PageSignIn}.
 */
@RestController
class DashboardController {

  /** Who is looking: their name, in words what they are ("program lead"), and the teams they may choose. */
  record Viewer(String userId, String name, String role, boolean programWide, List<Option> supervisors) {}

  record Option(String value, String label) {}

  private final AuditController api;
  private final AuditAccess access;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final Relationships relationships;

  DashboardController(AuditController api, AuditAccess access, CurrentUser currentUser,
      IdentityService identityService, Relationships relationships) {
    this.api = api;
    this.access = access;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.relationships = relationships;
  }

  /**
   * The page; someone who may not see the figures (a specialist) gets a page in words, with a 403, that
   * says whom the dashboard is for and where their own work and record are (Tasklist, /me).
   */
  @GetMapping({"/dashboard", "/dashboard/"})
  ResponseEntity<String> page() throws IOException {
    try {
      access.teamFor(null);
    } catch (NotPermittedException refused) {
      return html(HttpStatus.FORBIDDEN, "static/dashboard/not-for-you.html");
    }
    return html(HttpStatus.OK, "static/dashboard/index.html");
  }

  private static ResponseEntity<String> html(HttpStatus status, String page) throws IOException {
    try (InputStream in = new ClassPathResource(page).getInputStream()) {
      return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The words for the codes the figures are counted by (same access as the figures). */
  @GetMapping("/dashboard/words.json")
  Map<String, Map<String, String>> words() {
    access.teamFor(null);
    return AuditWords.all();
  }

  @GetMapping("/dashboard/viewer.json")
  Viewer viewer() {
    String team = access.teamFor(null);
    String me = currentUser.id();
    List<Option> supervisors = team != null ? List.of(new Option(me, relationships.displayName(me)))
        : Privileged.call(identityService, () -> identityService.createUserQuery().memberOfGroup(ProgramRoles.SUPERVISORS)
            .orderByUserLastName().asc().list()).stream()
            .map((User u) -> new Option(u.getId(), relationships.displayName(u.getId()))).toList();
    String role = currentUser.isProgramLead() ? "program lead" : currentUser.isAdmin() ? "administrator" : "supervisor";
    return new Viewer(me, relationships.displayName(me), role, team == null, supervisors);
  }

  @GetMapping("/dashboard/report.json")
  AuditReport report(@RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String supervisorId) {
    return api.report(month, quarter, from, to, supervisorId);
  }

  @GetMapping("/dashboard/report.csv")
  ResponseEntity<String> csv(@RequestParam(required = false) String month, @RequestParam(required = false) String quarter,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String supervisorId) {
    return api.csv(month, quarter, from, to, supervisorId);
  }

  @GetMapping("/dashboard/follow-up-actions.json")
  List<AuditFindings.OpenAction> openActions(@RequestParam(required = false) String supervisorId) {
    return api.openActions(supervisorId);
  }

}
