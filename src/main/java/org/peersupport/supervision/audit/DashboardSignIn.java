package org.peersupport.supervision.audit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.peersupport.supervision.security.Privileged;

/**
 * Signs in requests to {@code /dashboard}: with HTTP Basic (scripted access, like {@code /api}), or with
 * the session of the Camunda webapps (someone signed in to Tasklist opens the dashboard without signing
 * in again). Without either: 401 with a Basic challenge and a page that points to the Tasklist sign-in.
 * The engine's authentication is set for the request (so authorization checks apply) and cleared after.
 */
public class DashboardSignIn implements Filter {

  static final String ENGINE = "default";

  private final IdentityService identityService;
  private final String pageName;
  private final String path;

  public DashboardSignIn(IdentityService identityService) {
    this(identityService, "The scope-compliance dashboard is for program leads, and for supervisors about their own team.",
        "/dashboard");
  }

  /** Signs in requests to another page the same way; {@code who} says in a sentence whom the page is for. */
  public DashboardSignIn(IdentityService identityService, String who, String path) {
    this.identityService = identityService;
    this.pageName = who;
    this.path = path;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String header = request.getHeader("Authorization");
    String userId = null;
    List<String> groups = null;
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] credentials = decode(header.substring(6).trim());
      if (credentials != null && identityService.checkPassword(credentials[0], credentials[1])) {
        userId = credentials[0];
        groups = groupsOf(userId);
      }
    } else {
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      Authentication signedIn = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
      if (signedIn instanceof UserAuthentication user) {
        userId = user.getIdentityId();
        groups = user.getGroupIds() == null ? groupsOf(userId) : user.getGroupIds();
      }
    }
    if (userId == null) {
      refuse(response);
      return;
    }
    identityService.setAuthentication(userId, groups);
    try {
      chain.doFilter(req, res);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> groupsOf(String userId) {
    return Privileged.call(identityService, () -> identityService.createGroupQuery().groupMember(userId).list())
        .stream().map(Group::getId).toList();
  }

  private static String[] decode(String token) {
    try {
      String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon <= 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"peer-supervision\", charset=\"UTF-8\"");
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
        <body style="font-family: sans-serif; margin: 3rem">
        <h1>Please sign in</h1>
        <p>%s</p>
        <p><a href="/camunda/app/tasklist/default/">Sign in to Tasklist</a>, then open
        <a href="%s">%s</a> again.</p>
        </body></html>
        """.formatted(pageName, path, path));
  }
}
