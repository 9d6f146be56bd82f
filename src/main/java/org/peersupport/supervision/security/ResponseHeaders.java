package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Responses of the APIs and the product's pages carry behavioral-health data: never cached, never
 * framed, never sniffed, no referrer; HTTPS only once a browser has seen them over HTTPS. JSON, CSV and
 * PDF answers get a policy under which nothing in them runs or loads; pages load only this origin's
 * scripts and styles.
 */
public final class ResponseHeaders implements Filter {

  /** The product's own pages load scripts, styles and data from this origin only. */
  public static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  /** JSON, CSV and PDF answers: nothing in them runs or loads anything. */
  public static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private final boolean signInPage;

  private ResponseHeaders(boolean signInPage) {
    this.signInPage = signInPage;
  }

  /**
   * For the APIs, the product's pages and /activate. Camunda's REST API would weaken Cache-Control to
   * no-cache, so its own value is dropped; and a browser (it says where a request comes from,
   * Sec-Fetch-*) gets a 401 without the Basic challenge, because a browser that answered one would keep
   * the credentials for the whole origin and send them with other sites' requests. Scripts still get it.
   */
  public static ResponseHeaders ofProductPaths() {
    return new ResponseHeaders(false);
  }

  /** For the sign-in page and its scripts: the page's policy, its JSON (the CSRF token) the API's. */
  public static ResponseHeaders ofSignInPage() {
    return new ResponseHeaders(true);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse answer = (HttpServletResponse) response;
    answer.setHeader("Cache-Control", "no-store");
    answer.setHeader("X-Content-Type-Options", "nosniff");
    answer.setHeader("X-Frame-Options", "DENY");
    answer.setHeader("Referrer-Policy", "no-referrer");
    answer.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    answer.setHeader("Content-Security-Policy", machineReadable(http) ? API_CONTENT_SECURITY_POLICY
        : PAGE_CONTENT_SECURITY_POLICY);
    if (request.isSecure()) {
      answer.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (signInPage) {
      chain.doFilter(request, response);
      return;
    }
    boolean browser = http.getHeader("Sec-Fetch-Mode") != null || http.getHeader("Sec-Fetch-Site") != null;
    chain.doFilter(request, new HttpServletResponseWrapper(answer) {
      private boolean dropped(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || (browser && "WWW-Authenticate".equalsIgnoreCase(name));
      }

      @Override
      public void setHeader(String name, String value) {
        if (!dropped(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!dropped(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }

  private boolean machineReadable(HttpServletRequest request) {
    if (signInPage) {
      return request.getRequestURI().endsWith(".json");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/engine-rest/");
  }
}
