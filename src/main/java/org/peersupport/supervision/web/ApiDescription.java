package org.peersupport.supervision.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peersupport.supervision.system.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * The product's own OpenAPI document ({@code /v3/api-docs}, springdoc, {@code /api/**} only), stated
 * once for every operation: HTTP Basic, the refusals every operation can answer (401; 400 wherever the
 * request carries input) as RFC 9457 problem details with one shared schema, operation ids, and a tag
 * per feature package. What differs per operation (its summary and description, and which of 403, 404,
 * 409 and 413 it really answers) is annotated on the controller method; this class gives those
 * refusals their problem-detail content. The document is what {@code AuthorizationMatrixCoverageTest}
 * reads, and Spectral's {@code spectral:oas} rules check it in src/test/browser.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

  static final String BASIC = "basicAuth";
  static final String PROBLEM = "ProblemDetail";
  static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  /** A tag per feature package (the package's last name), with what the tag holds. */
  static final Map<String, Tag> TAGS = tags(
      "cycle", "Supervision", "A person's open work and a specialist's supervision history.",
      "disclosure", "Reflections", "Disclosure and boundary reflections: the list, and one with its text.",
      "scope", "Scope checks", "Scope-of-practice checks a specialist raised, with their outcome and crisis record.",
      "referral", "Referrals", "Licensed-care referrals of a scope check: the peer's revocation of consent.",
      "people", "Relationships", "Who supervises whom.",
      "certification", "Certification", "Certifications, education, supervision requirements and statements, "
          + "and supervisors' records.",
      "workhours", "Work hours", "A specialist's supervised work hours toward the initial certification.",
      "development", "Development", "Development objectives with their reviews, and competency self-assessments.",
      "audit", "Audit", "The program's supervision audit report and its open follow-up actions.",
      "privacy", "Access trail", "Who read or changed which record (administrators only).",
      "roster", "Roster", "Roster imports and activation links of the people they created.",
      "me", "My record", "Each person's own record (a supervisor's team without wellness data) and additions to it.");

  private static Map<String, Tag> tags(String... packageNameDescription) {
    Map<String, Tag> tags = new LinkedHashMap<>();
    for (int i = 0; i < packageNameDescription.length; i += 3) {
      tags.put(packageNameDescription[i], new Tag().name(packageNameDescription[i + 1])
          .description(packageNameDescription[i + 2]));
    }
    return tags;
  }

  @Bean
  OpenAPI peerSupervisionApi(ObjectProvider<BuildProperties> build,
      @Value("${peer-supervision.api.contact-name}") String contactName,
      @Value("${peer-supervision.api.contact-email:}") String contactEmail) {
    BuildProperties properties = build.getIfAvailable();
    Contact contact = new Contact().name(contactName);
    if (!contactEmail.isBlank()) {
      contact.email(contactEmail);
    }
    return new OpenAPI()
        .info(new Info()
            .title("peer-supervision API")
            .version(properties != null ? properties.getVersion() : "unversioned build")
            .contact(contact)
            .description("""
                The product's own JSON API for peer support supervision: open work, supervision history, \
                reflections, scope checks and referrals, credentials and work hours, supervision relationships, \
                the audit, the roster and the access trail. Camunda's process engine API is not part of it \
                (/engine-rest, described by Camunda).

                Every call signs in with HTTP Basic as a person of the program. What a caller gets depends on \
                their role (specialist, supervisor, program lead, administrator) and on who supervises whom: \
                another person's record is refused with 403, or left out of a list. Refusals are RFC 9457 \
                problem details (application/problem+json); a refusal names the fields it refuses, never the \
                submitted values."""))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The user name and password of the person (Camunda identity service).")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .tags(new ArrayList<>(TAGS.values()));
  }

  /** RFC 9457 problem details as {@link Problems} writes them, the one error shape of every mount. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problemSchema() {
    Schema<?> fieldProblem = new ObjectSchema()
        .addProperty("field", new StringSchema().description("The refused field, by its name in the request."))
        .addProperty("label", new StringSchema().description("The field's label that people see, when it has one."))
        .addProperty("message", new StringSchema().description("What is wrong with it (never the submitted value)."));
    fieldProblem.setRequired(List.of("field", "message"));
    Schema problem = new ObjectSchema().description("A refusal (RFC 9457 problem details).")
        .addProperty("type", new StringSchema().description("A URI naming the kind of problem.")._default("about:blank"))
        .addProperty("title", new StringSchema().description("A short summary of the kind of problem."))
        .addProperty("status", new IntegerSchema().description("The HTTP status code."))
        .addProperty("detail", new StringSchema().description("What happened, for people."))
        .addProperty("message", new StringSchema().description("The detail again (Camunda's webapps show it)."))
        .addProperty("errors", new ArraySchema().items(fieldProblem)
            .description("The refused fields; empty when the refusal is not about fields."));
    problem.setRequired(List.of("type", "title", "status", "detail", "message", "errors"));
    return problem;
  }

  /** Per operation: id, tag, the standard refusals, and the content of every refusal and JSON answer. */
  @Bean
  OperationCustomizer standardRefusals() {
    return (operation, handler) -> {
      String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
      String method = handler.getMethod().getName();
      operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
          + Character.toUpperCase(method.charAt(0)) + method.substring(1));
      String feature = handler.getBeanType().getPackageName();
      feature = feature.substring(feature.lastIndexOf('.') + 1);
      // a package without a tag keeps its own name, which Spectral reports as an undefined tag
      operation.setTags(List.of(TAGS.containsKey(feature) ? TAGS.get(feature).getName() : feature));

      ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
      if (takesInput(handler)) {
        responses.computeIfAbsent("400", code -> new ApiResponse()
            .description("The request has errors: the problem names each refused field."));
      }
      responses.computeIfAbsent("401", code -> new ApiResponse()
          .description("No credentials, or wrong ones (HTTP Basic; the answer carries a Basic challenge)."));
      operation.setResponses(sorted(responses));
      return operation;
    };
  }

  /**
   * Refusals as problem details, answers without a declared type as JSON. The schema is added here, after
   * springdoc has removed the schemas nothing referred to yet.
   */
  @Bean
  OpenApiCustomizer problemContent() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDescription::contentOf));
    };
  }

  private static void contentOf(Operation operation) {
    if (operation.getResponses() == null) {
      return;
    }
    operation.getResponses().forEach((code, response) -> {
      if (code.startsWith("4") || code.startsWith("5")) {
        response.setContent(new Content().addMediaType(PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
      } else if (response.getContent() != null && response.getContent().containsKey("*/*")) {
        // Spring answers JSON where a controller names no type
        MediaType any = response.getContent().remove("*/*");
        response.getContent().putIfAbsent(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
      }
    });
  }

  /** Whether the request carries input Spring checks: a body, a part, a parameter, or a typed path variable. */
  private static boolean takesInput(HandlerMethod handler) {
    return Arrays.stream(handler.getMethodParameters()).anyMatch(ApiDescription::checked);
  }

  private static boolean checked(MethodParameter parameter) {
    return parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestPart.class)
        || parameter.hasParameterAnnotation(RequestParam.class)
        || parameter.hasParameterAnnotation(PathVariable.class) && parameter.getParameterType() != String.class;
  }

  private static ApiResponses sorted(ApiResponses responses) {
    ApiResponses sorted = new ApiResponses();
    new TreeMap<>(responses).forEach(sorted::addApiResponse);
    if (responses.getExtensions() != null) {
      sorted.setExtensions(responses.getExtensions());
    }
    return sorted;
  }
}
