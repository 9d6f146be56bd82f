package org.peersupport.supervision.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
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

  record Viewer(String userId, String name, boolean programWide, List<Option> supervisors) {}

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

  @GetMapping({"/dashboard", "/dashboard/"})
  ResponseEntity<String> page() throws IOException {
    access.teamFor(null);
    try (InputStream in = new ClassPathResource("static/dashboard/index.html").getInputStream()) {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @GetMapping("/dashboard/viewer.json")
  Viewer viewer() {
    String team = access.teamFor(null);
    String me = currentUser.id();
    List<Option> supervisors = team != null ? List.of(new Option(me, relationships.displayName(me)))
        : Privileged.call(identityService, () -> identityService.createUserQuery().memberOfGroup(ProgramRoles.SUPERVISORS)
            .orderByUserLastName().asc().list()).stream()
            .map((User u) -> new Option(u.getId(), relationships.displayName(u.getId()))).toList();
    return new Viewer(me, relationships.displayName(me), team == null, supervisors);
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
