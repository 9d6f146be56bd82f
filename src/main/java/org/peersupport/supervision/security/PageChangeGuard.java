package org.peersupport.supervision.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.peersupport.supervision.system.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Changes on the product's pages ({@code /roster}, {@code /dashboard}) need the CSRF token of the
 * webapps' session, the one Tasklist sends: header {@value #HEADER} equal to the token Camunda keeps in
 * the session. The session cookie also comes with a request another page of the same site makes the
 * browser send; the token does not, since only a page of this origin can read it. Requests signed in
 * with HTTP Basic have no session token: scripts make changes through {@code /api}.
 */
public class PageChangeGuard extends OncePerRequestFilter {

  public static final String HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!READING.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !carriesSessionToken(request)) {
      Problems.write(response, 403, "Not permitted", "Changes on this page are made from the page itself, signed in "
          + "(header " + HEADER + " with the session's token missing or wrong: reload the page); scripts use /api.",
          List.of());
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean carriesSessionToken(HttpServletRequest request) {
    String sent = request.getHeader(HEADER);
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return sent != null && expected instanceof String token && !token.isEmpty()
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
