package org.peersupport.supervision.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every signed-in request to the product's and the engine's APIs in the access trail: all of
 * {@code /api/*} (reads of the trail itself included: who looked at who looked is part of the trail),
 * {@code /engine-rest/*}, every webapp API under {@code /camunda/api/*} (Tasklist's and Cockpit's engine
 * mount, the admin, cockpit and tasklist plugin APIs), the dashboard's figures and exports and the roster
 * page's calls. It is not a list of sensitive resources that could miss one: only static assets are left
 * out (the webapp plugins' scripts and styles, the dashboard's and roster page's own files). What is
 * recorded is the method, the request path (records by id), the answer's status and the user, never a
 * query string, a body or a value. Reads with POST (Camunda's query and count endpoints, a filter's
 * {@code list} and {@code count}) are recorded as VIEW.
 */
public class AccessTrailFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AccessTrailFilter.class);
  /** What is recorded: the APIs as a whole, not a choice of their resources. */
  static final Pattern RECORDED = Pattern.compile("^(/api/.*|/engine-rest/.*|/camunda/api/.*"
      + "|/roster/(imports|users)(/.*)?|/dashboard/[a-z-]+\\.(json|csv)|/me/[A-Za-z0-9_/-]+(\\.json)?)$");
  /** Static files served under an API path: the webapp plugins' scripts, styles and templates. */
  static final Pattern STATIC = Pattern.compile("^/camunda/api/[a-z]+/plugin/[a-z0-9-]+/static/[A-Za-z0-9_/-]+"
      + "\\.(js|css|html|json|svg|png|woff2?|ttf|eot|map)$");
  /** Where the engine's resources start: either REST mount, or a Cockpit plugin's own engine-scoped API. */
  private static final Pattern ENGINE_MOUNT = Pattern.compile(
      "^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+|/camunda/api/cockpit/plugin/[^/]+/[^/]+)");
  /**
   * Camunda's POST endpoints that only read (7.24's REST description, operations named query..., verify...):
   * queries with a body, their counts, a filter's list, count and single result, password checks, migration
   * plans that are only generated or validated. Any other POST is a CHANGE.
   */
  private static final Pattern POST_READS = Pattern.compile("^(/(task|variable-instance|process-instance|execution"
      + "|job|job-definition|external-task|group|schema/log|incident"
      + "|history/(activity-instance|detail|external-task-log|job-log|process-instance|task|variable-instance))(/count)?"
      + "|/filter/[^/]+/(list|count|singleResult)|/identity/(verify|password-policy)|/migration/(generate|validate)"
      + "|/.*/count)$");
  /** One name for every registration of this filter, so a request under two of their patterns is recorded once. */
  private static final String ALREADY_RECORDED = AccessTrailFilter.class.getName() + ".RECORDED";

  private final AccessTrail trail;
  private final IdentityService identityService;

  public AccessTrailFilter(AccessTrail trail, IdentityService identityService) {
    this.trail = trail;
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isRecorded(path(request));
  }

  static boolean isRecorded(String path) {
    return RECORDED.matcher(path).matches() && !(STATIC.matcher(path).matches() && !path.contains(".."));
  }

  @Override
  protected String getAlreadyFilteredAttributeName() {
    return ALREADY_RECORDED;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } finally {
      // runs inside the HTTP Basic filter, which forgets the user only after this returns
      String user = userOf(request);
      if (user != null) {
        record(request, response, user);
      }
    }
  }

  private void record(HttpServletRequest request, HttpServletResponse response, String userId) {
    String method = request.getMethod();
    AccessTrailEntry.Action action = action(method, path(request));
    try {
      trail.save(new AccessTrailEntry(Instant.now(), userId, action, method, path(request), response.getStatus()));
    } catch (RuntimeException e) {
      // the request itself has been answered; losing its trail entry must be visible to operators
      LOG.error("could not record an access trail entry for user {}", userId, e);
    }
  }

  /** VIEW for GET, HEAD, OPTIONS and Camunda's reads with POST (queries, counts, a filter's list); else CHANGE. */
  static AccessTrailEntry.Action action(String method, String path) {
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      return AccessTrailEntry.Action.VIEW;
    }
    if ("POST".equals(method)) {
      Matcher mount = ENGINE_MOUNT.matcher(path);
      String resource = mount.find() ? path.substring(mount.end()) : path;
      if (POST_READS.matcher(resource).matches()) {
        return AccessTrailEntry.Action.VIEW;
      }
    }
    return AccessTrailEntry.Action.CHANGE;
  }

  private String userOf(HttpServletRequest request) {
    String path = path(request);
    if (path.startsWith("/camunda/")) {
      HttpSession session = request.getSession(false);
      if (session == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      return authentications == null ? null : authentications.getAuthentications().stream()
          .map(UserAuthentication::getName).findFirst().orElse(null);
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
