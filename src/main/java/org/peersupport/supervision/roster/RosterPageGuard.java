package org.peersupport.supervision.roster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.peersupport.supervision.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The roster page signs in with the webapps' session cookie (or a browser's remembered HTTP Basic
 * credentials), which a browser also sends with a form another site posts. So every request under
 * {@code /roster} that changes something must carry a custom header: a cross-site form cannot set one,
 * and a cross-site script may not without a CORS permission this application never gives.
 */
public class RosterPageGuard extends OncePerRequestFilter {

  public static final String HEADER = "X-Roster-Page";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method) && !"1".equals(request.getHeader(HEADER))) {
      Problems.write(response, 403, "Not permitted", "Changes on /roster are made from the roster page (header "
          + HEADER + " missing); scripts use /api/roster.", List.of());
      return;
    }
    chain.doFilter(request, response);
  }
}
