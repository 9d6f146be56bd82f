package org.peersupport.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.supervision.Http;
import org.peersupport.supervision.ProcessTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product's own OpenAPI document states what a client of /api needs: HTTP Basic, every operation's
 * refusals as problem details of one shared schema, and a summary, description, id and defined tag
 * for every operation; and the refusals it promises are what /api answers.
 */
@ProcessTest
class ApiDescriptionTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @LocalServerPort int port;

  JsonNode doc;

  @BeforeEach
  void document() {
    Http.Reply reply = Http.anonymous(port).get("/v3/api-docs");
    assertThat(reply.status()).isEqualTo(200);
    doc = reply.json();
  }

  @Test
  void namesTheProductWithItsVersionAndHttpBasic() {
    assertThat(doc.at("/info/title").asText()).isEqualTo("peer-supervision API");
    assertThat(doc.at("/info/version").asText()).isNotBlank().isNotEqualTo("v0");
    assertThat(doc.at("/info/description").asText()).contains("HTTP Basic").contains("problem details");
    assertThat(doc.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
    assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(doc.at("/security/0").has("basicAuth")).isTrue();
    assertThat(doc.at("/components/schemas/ProblemDetail/properties").has("errors")).isTrue();
  }

  @Test
  void everyOperationIsDescribedTaggedAndRefusesWithProblemDetails() {
    Set<String> tags = new HashSet<>(doc.get("tags").findValuesAsText("name"));
    Set<String> ids = new HashSet<>();
    List<String> wrong = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
      if (!METHODS.contains(entry.getKey())) {
        return;
      }
      String name = entry.getKey().toUpperCase() + " " + path.getKey();
      JsonNode operation = entry.getValue();
      if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()) {
        wrong.add(name + ": no summary or description");
      }
      if (!ids.add(operation.path("operationId").asText()) || operation.path("operationId").asText().isBlank()) {
        wrong.add(name + ": operation id missing or not unique");
      }
      if (operation.path("tags").size() != 1 || !tags.contains(operation.path("tags").get(0).asText())) {
        wrong.add(name + ": its tag is not a defined tag");
      }
      JsonNode responses = operation.path("responses");
      List<String> codes = new ArrayList<>();
      responses.fieldNames().forEachRemaining(codes::add);
      if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
        wrong.add(name + ": no answer for success");
      }
      if (!responses.has("401")) {
        wrong.add(name + ": no 401");
      }
      responses.fields().forEachRemaining(response -> {
        if (response.getKey().startsWith("4") && !response.getValue()
            .at("/content/application~1problem+json/schema/$ref").asText().equals("#/components/schemas/ProblemDetail")) {
          wrong.add(name + ": " + response.getKey() + " is not a ProblemDetail");
        }
        if (response.getValue().path("content").has("*/*")) {
          wrong.add(name + ": " + response.getKey() + " has no media type");
        }
      });
    }));
    assertThat(ids).hasSizeGreaterThan(30);
    assertThat(wrong).isEmpty();
  }

  @Test
  void whatTheDocumentPromisesForAPathIsWhatTheApiAnswers() {
    JsonNode relationship = doc.at("/paths/~1api~1relationships~1{id}/delete/responses");
    assertThat(relationship.has("403")).isTrue();
    assertThat(relationship.has("404")).isTrue();
    assertThat(relationship.has("400")).as("a typed path variable").isTrue();
    assertThat(doc.at("/paths/~1api~1me~1work/get/responses").has("400")).as("no input, nothing to refuse").isFalse();
    assertThat(doc.at("/paths/~1api~1me~1work/get/responses").has("403")).isFalse();
    assertThat(doc.at("/paths/~1api~1roster~1imports/post/responses").has("202")).isTrue();
    assertThat(doc.at("/paths/~1api~1roster~1imports/post/responses").has("409")).isTrue();
    assertThat(doc.at("/paths/~1api~1audit~1report.csv/get/responses/200/content").has("text/csv")).isTrue();
    assertThat(doc.at("/paths/~1api~1roster~1imports/post/requestBody/content").has("text/csv")).isTrue();
    assertThat(doc.at("/paths/~1api~1roster~1imports/post/requestBody/content").has("multipart/form-data")).isTrue();

    Http.Reply notANumber = Http.as(port, "robin").delete("/api/relationships/not-a-number");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.json().get("errors").findValuesAsText("field")).containsExactly("id");
    assertThat(Http.as(port, "robin").delete("/api/relationships/987654321").status()).isEqualTo(404);
    assertThat(Http.as(port, "casey").delete("/api/relationships/987654321").status()).isEqualTo(403);
  }

  @Test
  void aRefusedSignInIsAProblemDetailWithItsChallenge() {
    HttpResponse<String> anonymous = Http.anonymous(port).raw("/api/me/work");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(new Http.Reply(401, anonymous.body()).json().get("status").asInt()).isEqualTo(401);

    HttpResponse<String> wrongPassword = Http.as(port, "openapi-nobody", "not-a-password").raw("/api/me/work");
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(new Http.Reply(401, wrongPassword.body()).json().get("title").asText()).isEqualTo("Sign-in required");
  }
}
