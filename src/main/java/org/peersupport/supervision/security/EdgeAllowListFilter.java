package org.peersupport.supervision.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.peersupport.supervision.security.EdgeAllowList.Caller;
import org.peersupport.supervision.security.EdgeAllowList.Surface;
import org.peersupport.supervision.system.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request through to Camunda's REST API ({@code /engine-rest}, and the webapps' own mount
 * {@code /camunda/api/engine}) or to the webapps' APIs ({@code /camunda/api/*}) only if the
 * {@link EdgeAllowList} names the operation for the caller; refuses everything else before the engine
 * is called: 401 to someone not signed in, 403 to everyone else but administrators.
 *
 * <p>It matches the path as the request wrote it, not as the servlet container may read it: a path
 * with a path parameter ({@code ;}), an encoded slash, backslash, dot, semicolon or percent sign, an
 * empty segment ({@code //}) or a dot segment is refused to everyone, because the container and Jersey
 * may resolve it to another resource than the one a string comparison sees.
 */
public class EdgeAllowListFilter extends OncePerRequestFilter {

  /** The refusal's detail: tests tell a refusal at the edge from one by the engine by it. */
  public static final String REFUSAL_DETAIL = "This operation is not open to your role.";
  public static final String UNREADABLE_PATH_DETAIL = "This path is not accepted here: it has a path parameter, "
      + "an encoded slash, dot, backslash or percent sign, an empty or a dot segment.";

  static final String ENGINE = "default";
  /** Camunda registers the webapps' engine API without async support, which this long poll needs. */
  private static final String NOT_ON_THE_WEBAPPS_MOUNT = "/external-task/fetchAndLock";
  private static final Pattern FORBIDDEN_ENCODING = Pattern.compile("%(2[fFeE5]|5[cC]|3[bB]|00)");
  private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

  private final EdgeAllowList allowList;
  private final IdentityService identityService;

  public EdgeAllowListFilter(EdgeAllowList allowList, IdentityService identityService) {
    this.allowList = allowList;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Target> target = target(raw);
    if (target.isEmpty()) {
      Problems.write(response, 400, "Path not accepted", UNREADABLE_PATH_DETAIL, List.of());
      return;
    }
    Set<Caller> callers = callers(request, target.get());
    String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
    if (allowList.permits(callers, target.get().surface(), method, target.get().path())) {
      if (target.get().viaWebapp() && NOT_ON_THE_WEBAPPS_MOUNT.equals(target.get().path())) {
        Problems.write(response, 404, "Not here", "Long polling for external tasks is served on /engine-rest only.",
            List.of());
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (callers.contains(Caller.ANONYMOUS)) {
      Problems.write(response, 401, "Please sign in", "Sign in to use this.", List.of());
    } else {
      Problems.write(response, 403, "Not permitted", REFUSAL_DETAIL, List.of());
    }
  }

  /** Where a request goes: the surface and the path on it, or empty for a path this filter will not read. */
  public record Target(Surface surface, String path, boolean viaWebapp) {}

  /**
   * The surface and path of a raw request path (below the context path), or empty when the path has
   * something a container might read differently from this filter.
   */
  public static Optional<Target> target(String raw) {
    if (raw.indexOf(';') >= 0 || raw.indexOf('\\') >= 0 || raw.contains("//") || FORBIDDEN_ENCODING.matcher(raw).find()) {
      return Optional.empty();
    }
    String path;
    try {
      path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (DOT_SEGMENT.matcher(path).find() || path.indexOf('%') >= 0 || path.chars().anyMatch(c -> c < 0x20)) {
      return Optional.empty();
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      return Optional.of(new Target(Surface.ENGINE, engineOperation(path.substring("/engine-rest".length())), false));
    }
    if (path.equals("/camunda/api/engine") || path.startsWith("/camunda/api/engine/")) {
      String rest = path.substring("/camunda/api/engine".length());
      // the webapps' mount serves named engines only: /camunda/api/engine/engine/{name}/...
      return Optional.of(new Target(Surface.ENGINE, rest.startsWith("/engine") ? engineOperation(rest) : "/", true));
    }
    if (path.startsWith("/camunda/api/")) {
      return Optional.of(new Target(Surface.WEBAPP, path.substring("/camunda/api".length()), true));
    }
    return Optional.of(new Target(Surface.WEBAPP, path, false));
  }

  /** Camunda's REST API answers {@code /engine/{name}/X} as X on that engine, and {@code /engine} as the list of engines. */
  private static String engineOperation(String rest) {
    if (rest.isEmpty()) {
      return "/";
    }
    if (rest.equals("/engine")) {
      return "/engine";
    }
    if (rest.startsWith("/engine/")) {
      String named = rest.substring("/engine/".length());
      int slash = named.indexOf('/');
      return slash < 0 ? "/" : named.substring(slash);
    }
    return rest;
  }

  /**
   * The person signed in to a request on an engine mount: the webapps' session for Tasklist's own mount,
   * the engine's authentication (HTTP Basic) for /engine-rest; empty when nobody is.
   */
  public static Optional<String> signedInUser(HttpServletRequest request, IdentityService identityService) {
    Optional<Target> target = target(request.getRequestURI().substring(request.getContextPath().length()));
    if (target.isEmpty()) {
      return Optional.empty();
    }
    if (target.get().viaWebapp()) {
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      org.camunda.bpm.webapp.impl.security.auth.Authentication signedIn = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(ENGINE);
      return signedIn instanceof UserAuthentication user ? Optional.ofNullable(user.getIdentityId()) : Optional.empty();
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? Optional.empty() : Optional.ofNullable(authentication.getUserId());
  }

  private Set<Caller> callers(HttpServletRequest request, Target target) {
    String userId;
    Collection<String> groups;
    if (target.viaWebapp()) {
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      org.camunda.bpm.webapp.impl.security.auth.Authentication signedIn = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(ENGINE);
      if (!(signedIn instanceof UserAuthentication user)) {
        return EnumSet.of(Caller.ANONYMOUS);
      }
      userId = user.getIdentityId();
      groups = user.getGroupIds();
    } else {
      Authentication authentication = identityService.getCurrentAuthentication();
      if (authentication == null || authentication.getUserId() == null) {
        return EnumSet.of(Caller.ANONYMOUS);
      }
      userId = authentication.getUserId();
      groups = authentication.getGroupIds();
    }
    return userId == null ? EnumSet.of(Caller.ANONYMOUS) : callersOf(groups);
  }

  /** The callers a signed-in person is, from their groups. */
  public static Set<Caller> callersOf(Collection<String> groups) {
    Set<Caller> callers = EnumSet.of(Caller.SIGNED_IN);
    if (groups != null) {
      for (String group : groups) {
        switch (group) {
          case ProgramRoles.SPECIALISTS -> callers.add(Caller.SPECIALIST);
          case ProgramRoles.SUPERVISORS -> callers.add(Caller.SUPERVISOR);
          case ProgramRoles.PROGRAM_LEADS -> callers.add(Caller.PROGRAM_LEAD);
          case ProgramRoles.ADMINS -> callers.add(Caller.ADMIN);
          default -> { }
        }
      }
    }
    return callers;
  }
}
