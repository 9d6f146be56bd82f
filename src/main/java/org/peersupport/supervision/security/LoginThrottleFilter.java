package org.peersupport.supervision.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.peersupport.supervision.system.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of every way of signing in with a password: HTTP Basic on
 * {@code /engine-rest}, {@code /api}, {@code /dashboard} and {@code /roster}, and the webapps' login
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, a form with {@code username}). A pair
 * (account, address) or an address that must wait is answered 429 with {@code Retry-After} before the
 * engine checks anything; otherwise the engine's answer to the sign-in ({@link SignInOutcome}) is
 * counted. The client address is {@code request.getRemoteAddr()} (with the tls profile, Tomcat's
 * RemoteIpValve makes it the client's). Neither the password nor the account is logged.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  /** The webapps' login and anything else under its resource: every POST there is treated as a sign-in. */
  static final String WEBAPP_AUTH = "/camunda/api/admin/auth/user/";
  /** A login form is a few dozen bytes; a larger body is refused rather than read into memory. */
  static final int MAX_LOGIN_BODY = 8 * 1024;

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest forwarded = request;
    String account = basicAccount(request);
    if (account == null && "POST".equalsIgnoreCase(request.getMethod()) && normalizedPath(request).startsWith(WEBAPP_AUTH)) {
      BufferedForm form = BufferedForm.read(request);
      if (form == null) {
        Problems.write(response, 413, "Too large", "A sign-in is a short form.", List.of());
        return;
      }
      forwarded = form;
      account = form.getParameter("username") == null ? "" : form.getParameter("username");
    }
    if (account == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBeforeTrying(account, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      Problems.write(response, 429, "Too many sign-in attempts", "Too many failed sign-ins for this account from "
          + "your address. Please wait " + seconds + " seconds and try again.", List.of());
      return;
    }
    HttpServletRequest toChain = forwarded;
    Boolean matched;
    try {
      matched = SignInOutcome.of(() -> chain.doFilter(toChain, response));
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
    if (Boolean.TRUE.equals(matched)) {
      throttle.succeeded(account, address);
    } else if (Boolean.FALSE.equals(matched)) {
      throttle.failed(account, address);
    }
  }

  /**
   * The user name of an HTTP Basic header, decoded as leniently as Camunda's Basic provider decodes it;
   * "" when it names none (still counted, against the address); null without a Basic header.
   */
  static String basicAccount(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String text = new String(Base64.decodeBase64(header.substring(6)), StandardCharsets.UTF_8);
    int colon = text.indexOf(':');
    return colon < 0 ? "" : text.substring(0, colon);
  }

  /** The path as the servlet container routes it: decoded, without path parameters ({@code ;x=1}) or {@code //}. */
  private static String normalizedPath(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  /** A form-encoded request read once here and replayed to the application, body and parameters alike. */
  static final class BufferedForm extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    private BufferedForm(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      Map<String, List<String>> collected = new LinkedHashMap<>();
      collect(request.getQueryString(), collected);
      String type = request.getContentType();
      if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        collect(new String(body, StandardCharsets.UTF_8), collected);
      }
      Map<String, String[]> values = new LinkedHashMap<>();
      collected.forEach((name, list) -> values.put(name, list.toArray(String[]::new)));
      this.parameters = Collections.unmodifiableMap(values);
    }

    static BufferedForm read(HttpServletRequest request) throws IOException {
      if (request.getContentLengthLong() > MAX_LOGIN_BODY) {
        return null;
      }
      try (InputStream in = request.getInputStream()) {
        byte[] body = in.readNBytes(MAX_LOGIN_BODY + 1);
        return body.length > MAX_LOGIN_BODY ? null : new BufferedForm(request, body);
      }
    }

    private static void collect(String encoded, Map<String, List<String>> into) {
      if (encoded == null || encoded.isEmpty()) {
        return;
      }
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        try {
          String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
          String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
          into.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        } catch (IllegalArgumentException e) {
          // a malformed escape: the parameter is left out, as the servlet container does
        }
      }
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("not asynchronous");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
