package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.peersupport.supervision.system.Problems;

/**
 * A refused sign-in on /api is a problem detail like every other refusal there, as the API's OpenAPI
 * document says: Camunda's Basic authentication filter, just inside this one, answers 401 with its
 * challenge and no body; this filter writes the problem into that empty answer. The challenge header
 * stays.
 */
public final class ApiSignInProblem implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    HttpServletResponse http = (HttpServletResponse) response;
    if (http.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && http.getContentType() == null
        && !http.isCommitted()) {
      http.resetBuffer();
      Problems.write(http, 401, "Sign-in required",
          "Sign in with your user name and password (HTTP Basic).", List.of());
    }
  }
}
