package org.peersupport.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for tests, as a real client would talk to the running application: HTTP Basic
 * for /engine-rest and /api, or a signed-in webapp session (cookies and CSRF token) like Tasklist.
 */
public final class Http {

  /** An answer: its status, its body, and its Content-Type (null when it had none or was not kept). */
  public record Reply(int status, String body, String contentType) {
    public Reply(int status, String body) {
      this(status, body, null);
    }

    public JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Camunda REST's variable JSON for a form submission; lists go as type Json, as Tasklist sends them. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Object raw = value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : value;
      if (raw instanceof org.camunda.spin.json.SpinJsonNode node) {
        variables.put(name, Map.of("value", node.toString(), "type", "Json"));
      } else {
        Map<String, Object> variable = new LinkedHashMap<>();
        variable.put("value", raw);
        variables.put(name, variable);
      }
    });
    return Map.of("variables", variables);
  }

  private final String base;
  private final String authorization;
  private final HttpClient client;
  private final CookieManager cookies;

  private Http(String base, String authorization, CookieManager cookies) {
    this.base = base;
    this.authorization = authorization;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder();
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
  }

  public static Http anonymous(int port) {
    return new Http("http://127.0.0.1:" + port, null, null);
  }

  public static Http as(int port, String user) {
    return as(port, user, user);
  }

  public static Http as(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http("http://127.0.0.1:" + port, "Basic " + token, null);
  }

  /** Tries to sign in to one of the Camunda webapps (tasklist, cockpit, admin) as the user. */
  public static Reply webappLogin(int port, String user, String app) {
    Http http = new Http("http://127.0.0.1:" + port, null, new CookieManager());
    http.get("/camunda/app/" + app + "/default/");
    String password = user.equals("anonymous") ? "" : user;
    return http.send(HttpRequest.newBuilder(URI.create(http.base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
  }

  /** Signs in to the Camunda webapps (Tasklist) the way the browser does. */
  public static Http tasklistSession(int port, String user) {
    Http http = new Http("http://127.0.0.1:" + port, null, new CookieManager());
    http.get("/camunda/app/tasklist/default/");
    Reply login = http.send(HttpRequest.newBuilder(URI.create(http.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)));
    if (login.status() != 200) {
      throw new AssertionError("webapp login failed: " + login);
    }
    // like the browser after signing in: the next request gets the new session's CSRF token
    http.get("/camunda/api/engine/engine/default/task/count");
    return http;
  }

  /** The whole response, headers included. */
  public HttpResponse<String> raw(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A GET that accepts the given media types (e.g. a PDF), answered as text. */
  public Reply getAccepting(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(publisher(body)));
  }

  /** A POST of raw bytes of the given type (e.g. a CSV file as text/csv), with extra headers. */
  public Reply post(String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(builder::header);
    return send(builder);
  }

  /** A file upload as a browser sends it (multipart/form-data, one file part), with extra headers. */
  public Reply upload(String path, String field, String fileName, byte[] content, Map<String, String> headers) {
    String boundary = "----peer-supervision-test-" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return post(path, "multipart/form-data; boundary=" + boundary, body, headers);
  }

  public Reply put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(publisher(body)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.BodyPublisher publisher(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    if (cookies != null) {
      for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
        if (cookie.getName().equals("XSRF-TOKEN")) {
          builder.header("X-XSRF-TOKEN", cookie.getValue());
        }
      }
    }
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(null));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
