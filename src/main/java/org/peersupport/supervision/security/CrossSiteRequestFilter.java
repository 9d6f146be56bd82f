package org.peersupport.supervision.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peersupport.supervision.system.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that changes something, carries HTTP Basic credentials and was sent by a page of
 * another site. A browser that once answered a Basic challenge of this origin adds the credentials to
 * every request to it, also to a form or a script another site makes it send; that request then says
 * where it comes from: {@code Origin} (another scheme, host or port, or {@code null}) or
 * {@code Sec-Fetch-Site: cross-site} or {@code same-site} (a neighbouring host of the same site is
 * still another origin, and nothing of this product is called from one). Scripts and other programs
 * send neither header and are unaffected, and so are the webapps and the product's pages, which sign
 * in with a session and carry a CSRF token instead.
 *
 * <p>This server's own origin is the request's scheme, host and port as the server sees them; behind a
 * TLS proxy the {@code tls} profile (forwarded headers) makes them the public ones.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

  /** Methods that only read; every other method counts as a change. */
  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  /** {@code Sec-Fetch-Site} values that a page of this origin, or the person themself, sends. */
  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!READING.contains(request.getMethod().toUpperCase(Locale.ROOT)) && carriesBasic(request)
        && fromAnotherSite(request)) {
      Problems.write(response, 403, "Cross-site request refused",
          "A change sent by another site's page with HTTP Basic credentials is refused. Sign in on this "
              + "site's own pages, or call the API from a script (without Origin or Sec-Fetch-Site headers).",
          List.of());
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean carriesBasic(HttpServletRequest request) {
    for (String header : Collections.list(request.getHeaders("Authorization"))) {
      if (header.stripLeading().regionMatches(true, 0, "Basic", 0, 5)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code Origin} names another origin or {@code Sec-Fetch-Site} says another site. */
  static boolean fromAnotherSite(HttpServletRequest request) {
    for (String site : Collections.list(request.getHeaders("Sec-Fetch-Site"))) {
      if (!OWN_FETCH_SITES.contains(site.trim().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (String origin : Collections.list(request.getHeaders("Origin"))) {
      if (!isOwnOrigin(origin.trim(), request)) {
        return true;
      }
    }
    return false;
  }

  /** The origin header names this server: same scheme, host and port (default ports filled in). */
  static boolean isOwnOrigin(String origin, HttpServletRequest request) {
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      return false;
    }
    if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
        || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String ownScheme = request.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals(ownScheme)
        && withoutBrackets(uri.getHost()).equalsIgnoreCase(withoutBrackets(request.getServerName()))
        && port(scheme, uri.getPort()) == port(ownScheme, request.getServerPort());
  }

  private static String withoutBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static int port(String scheme, int port) {
    if (port > 0) {
      return port;
    }
    return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
  }
}
