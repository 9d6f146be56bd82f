package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hand-written {@link AuthorizationMatrixTest} covers every operation the product describes in
 * its own OpenAPI document ({@code /v3/api-docs}, read from the running application): each operation
 * (method and path template) has a row naming all seven callers, and each {@code /api} row is a
 * documented operation. A new endpoint without a row fails the build. The document is written to
 * {@code target/openapi/api-docs.json} for Spectral ({@code npx spectral lint target/openapi/api-docs.json}
 * in src/test/browser).
 */
@ProcessTest
class AuthorizationMatrixCoverageTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  @LocalServerPort int port;

  /** One operation of the document: an HTTP method and a path template such as /api/reflections/{id}. */
  record Operation(String method, String template) {
    boolean matches(String method, String path) {
      if (!this.method.equals(method)) {
        return false;
      }
      String[] wanted = template.split("/", -1);
      String[] given = path.split("/", -1);
      if (wanted.length != given.length) {
        return false;
      }
      for (int i = 0; i < wanted.length; i++) {
        boolean variable = wanted[i].startsWith("{") && wanted[i].endsWith("}");
        if (variable ? given[i].isEmpty() : !wanted[i].equals(given[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  @Test
  void everyDocumentedOperationHasARowForEveryCaller() throws IOException {
    List<Operation> operations = operations(apiDocs());
    assertThat(operations).as("the document describes /api").isNotEmpty();
    List<AuthorizationMatrixTest.Row> rows = new AuthorizationMatrixTest().table();

    List<Operation> missing = new ArrayList<>();
    for (Operation operation : operations) {
      boolean covered = rows.stream()
          .filter(row -> row.expected().keySet().containsAll(AuthorizationMatrixTest.ROLES))
          .anyMatch(row -> operation.matches(httpMethod(row), path(row)));
      if (!covered) {
        missing.add(operation);
      }
    }
    assertThat(missing).as("operations of /v3/api-docs without a row for all of " + AuthorizationMatrixTest.ROLES
        + " in AuthorizationMatrixTest").isEmpty();
  }

  @Test
  void everyApiRowIsADocumentedOperation() throws IOException {
    List<Operation> operations = operations(apiDocs());
    List<String> undocumented = new AuthorizationMatrixTest().table().stream()
        .filter(row -> path(row).startsWith("/api/"))
        .filter(row -> operations.stream().noneMatch(operation -> operation.matches(httpMethod(row), path(row))))
        .map(row -> row.name() + " (" + httpMethod(row) + " " + path(row) + ")")
        .toList();
    assertThat(undocumented).as("rows of /api that /v3/api-docs does not describe").isEmpty();
  }

  /** The document as served, also written to target/openapi/api-docs.json. */
  private JsonNode apiDocs() throws IOException {
    Http.Reply reply = Http.anonymous(port).get("/v3/api-docs");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode doc = reply.json();
    Path file = Path.of("target", "openapi", "api-docs.json");
    Files.createDirectories(file.getParent());
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
    return doc;
  }

  private static List<Operation> operations(JsonNode doc) {
    List<Operation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fieldNames().forEachRemaining(method -> {
        if (METHODS.contains(method)) {
          operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey()));
        }
      });
    }
    return operations;
  }

  /** The HTTP method a row sends (a CSV upload is a POST). */
  private static String httpMethod(AuthorizationMatrixTest.Row row) {
    return row.method().equals("CSV") ? "POST" : row.method();
  }

  /** The row's path without its query. */
  private static String path(AuthorizationMatrixTest.Row row) {
    String path = row.path().get();
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
