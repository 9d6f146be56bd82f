package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.peersupport.supervision.system.Problems;

/**
 * Signs in requests to the product's pages ({@code /dashboard}, {@code /roster}) with the session of the
 * Camunda webapps: someone signed in to Tasklist opens the page without signing in again, and someone
 * who is not is sent to the product's sign-in page ({@code /sign-in?next=<this page>}), which signs in
 * to that same session. Scripts may still send HTTP Basic credentials (read only: changes on these pages
 * need the session's CSRF token, see PageChangeGuard), but are never asked for them: no answer here
 * carries a {@code WWW-Authenticate} challenge, because a browser that answers one keeps the credentials
 * for the whole origin and sends them with any other site's forged request. Without a sign-in, the
 * page's own data requests get 401 as problem JSON. The engine's authentication is set for the request
 * (so authorization checks apply) and cleared after.
 */
public class PageSignIn implements Filter {

  static final String ENGINE = "default";

  /** The product's sign-in page, which signs in to the webapps' session. */
  public static final String SIGN_IN = "/sign-in";

  private final IdentityService identityService;
  private final String who;
  private final String path;

  public PageSignIn(IdentityService identityService) {
    this(identityService, "The scope-compliance dashboard is for program leads, and for supervisors about their own team.",
        "/dashboard");
  }

  /** Signs in requests to another page the same way; {@code who} says in a sentence whom the page is for. */
  public PageSignIn(IdentityService identityService, String who, String path) {
    this.identityService = identityService;
    this.who = who;
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
      refuse(request, response, header != null);
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

  /**
   * A browser opening the page goes to the sign-in page and comes back here; anything else (the page's
   * data, scripts) gets 401 as problem JSON. Never a Basic challenge.
   */
  private void refuse(HttpServletRequest request, HttpServletResponse response, boolean sentCredentials)
      throws IOException {
    if (!sentCredentials && opensPage(request)) {
      String here = request.getRequestURI().substring(request.getContextPath().length());
      String next = request.getQueryString() == null ? here : here + "?" + request.getQueryString();
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", request.getContextPath() + SIGN_IN + "?next="
          + URLEncoder.encode(next, StandardCharsets.UTF_8));
      return;
    }
    Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Not signed in", sentCredentials
        ? "The user name or password is not right."
        : who + " Sign in on " + SIGN_IN + "?next=" + path + " (scripts: HTTP Basic, read only).", List.of());
  }

  /** A person's browser asking for a page (a navigation), not a script asking for data. */
  private static boolean opensPage(HttpServletRequest request) {
    String method = request.getMethod();
    String accept = request.getHeader("Accept");
    return ("GET".equals(method) || "HEAD".equals(method)) && accept != null && accept.contains("text/html");
  }
}
