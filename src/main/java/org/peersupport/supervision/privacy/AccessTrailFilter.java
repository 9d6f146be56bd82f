package org.peersupport.supervision.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
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
 * Records every signed-in request that reads or changes sensitive data in the access trail: the
 * product's API, the dashboard's figures and exports, and the engine's task, process-instance,
 * variable and history resources, through /engine-rest or Tasklist. What is recorded is the request path (records by id) and the answer,
 * never a body or a value.
 */
public class AccessTrailFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AccessTrailFilter.class);
  static final Pattern SENSITIVE = Pattern.compile("^(/api/(?!audit-trail).*|/roster/(imports|users)(/.*)?"
      + "|/dashboard/[a-z-]+\\.(json|csv)"
      + "|(/engine-rest|/camunda/api/engine/engine/[^/]+)/(task|process-instance|execution|variable-instance|history|"
      + "message|signal)(/.*)?"
      + "|(/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/.+/(start|submit-form))$");

  private final AccessTrail trail;
  private final IdentityService identityService;

  public AccessTrailFilter(AccessTrail trail, IdentityService identityService) {
    this.trail = trail;
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !SENSITIVE.matcher(path(request)).matches();
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
    AccessTrailEntry.Action action = "GET".equals(method) || "HEAD".equals(method) || isQuery(request)
        ? AccessTrailEntry.Action.VIEW : AccessTrailEntry.Action.CHANGE;
    try {
      trail.save(new AccessTrailEntry(Instant.now(), userId, action, method, path(request), response.getStatus()));
    } catch (RuntimeException e) {
      // the request itself has been answered; losing its trail entry must be visible to operators
      LOG.error("could not record an access trail entry for user {}", userId, e);
    }
  }

  /** Camunda's query endpoints read with POST (e.g. /task with a body, /history/.../count). */
  private static boolean isQuery(HttpServletRequest request) {
    String path = path(request);
    return "POST".equals(request.getMethod()) && (path.matches(".*/(task|history/[a-z-]+|variable-instance|process-instance)(/count)?$"));
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
