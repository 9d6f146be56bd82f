package org.peersupport.supervision.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product's sign-in page at {@code /sign-in?next=/dashboard}: a form that signs in through the
 * Camunda webapps' own login ({@code POST /camunda/api/admin/auth/user/default/login/tasklist}), so the
 * person gets the webapps' session, the one Tasklist uses, and then returns to {@code next}. Open, like
 * the webapps' login page. {@code next} must be a path on this site: anything else (another host, a
 * scheme, {@code //host}, backslashes, control characters) is dropped by sending the browser to the
 * plain sign-in page, so the page can never be used to send someone elsewhere. The page's script checks
 * the same again before it navigates.
 */
@RestController
class SignInPageController {

  static final String PATH = PageSignIn.SIGN_IN;

  /** Where a person lands after signing in when no {@code next} is given: their work. */
  static final String DEFAULT_NEXT = "/camunda/app/tasklist/default/";

  record CsrfToken(String csrfToken) {}

  @GetMapping({PATH, PATH + "/"})
  ResponseEntity<String> page(@RequestParam(required = false) String next) throws IOException {
    if (next != null && !isLocalPath(next)) {
      return ResponseEntity.status(302).location(URI.create(PATH)).cacheControl(CacheControl.noStore()).build();
    }
    try (InputStream in = new ClassPathResource("static/sign-in/index.html").getInputStream()) {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * The webapps' CSRF token of this browser's session, which their login and every change need in the
   * {@code X-XSRF-TOKEN} header. Camunda keeps its cookie under {@code /camunda}, where a script of this
   * page cannot read it; this answer can only be read by a page of this origin (no CORS). Empty when the
   * session has none yet: the webapps make one at the first request to {@code /camunda/api}. Never makes
   * a session.
   */
  @GetMapping(PATH + "/csrf-token.json")
  ResponseEntity<CsrfToken> csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(new CsrfToken(token instanceof String text ? text : null));
  }

  /**
   * A path on this site and nothing else: begins with one {@code /} (not {@code //} or {@code /\}, which
   * browsers read as another host), no backslash, no whitespace or control character (browsers drop
   * tabs and newlines from addresses, which would turn {@code /\t/host} into {@code //host}).
   */
  static boolean isLocalPath(String next) {
    if (next == null || next.isEmpty() || next.length() > 2048 || next.charAt(0) != '/') {
      return false;
    }
    if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
      return false;
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }
}
