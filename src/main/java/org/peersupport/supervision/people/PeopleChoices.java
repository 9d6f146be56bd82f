package org.peersupport.supervision.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.peersupport.supervision.security.EdgeAllowListFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A person is chosen from a list of people, never typed as a user name: a form field that chooses one of the
 * signed-in supervisor's supervisees says so with the custom property {@code "choices": "my-supervisees"},
 * and this filter fills its options into the deployed form as Tasklist (or a REST client) loads it, by
 * name ("Alex Morgan"), for that supervisor only. Someone who supervises nobody (a specialist starting a
 * reflection for themselves) does not get the field at all, nor a group of fields marked the same way: a
 * start form shows only the starter's fields.
 *
 * <p>Tasklist gives a start form no variables to fill a select from (its {@code valuesKey}), so the options
 * go into the form itself. The server still refuses anyone who is not the starter's supervisee.
 */
public class PeopleChoices extends OncePerRequestFilter {

  static final String PROPERTY = "choices";
  static final String MY_SUPERVISEES = "my-supervisees";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Relationships relationships;
  private final IdentityService identityService;

  public PeopleChoices(Relationships relationships, IdentityService identityService) {
    this.relationships = relationships;
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"GET".equals(request.getMethod())
        || !(path.endsWith("/deployed-start-form") || path.endsWith("/deployed-form"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper form = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, form);
    byte[] body = form.getContentAsByteArray();
    Optional<String> person = EdgeAllowListFilter.signedInUser(request, identityService);
    if (form.getStatus() == 200 && person.isPresent() && body.length > 0 && body[0] == '{') {
      JsonNode schema = JSON.readTree(body);
      if (fillIn(schema.path("components"), person.get())) {
        form.resetBuffer();
        byte[] filled = JSON.writeValueAsBytes(schema);
        form.getResponse().setContentLength(filled.length);
        form.getResponse().getOutputStream().write(filled);
        return;
      }
    }
    form.copyBodyToResponse();
  }

  /** Fills in the choices of every field that asks for them; answers whether the form changed. */
  boolean fillIn(JsonNode components, String person) {
    if (!(components instanceof ArrayNode list)) {
      return false;
    }
    boolean changed = false;
    for (Iterator<JsonNode> each = list.elements(); each.hasNext(); ) {
      JsonNode component = each.next();
      if (MY_SUPERVISEES.equals(component.path("properties").path(PROPERTY).asText())) {
        List<SupervisionRelationship> supervisees = relationships.superviseesOf(person);
        if (supervisees.isEmpty()) {
          each.remove(); // a field (or a group of fields) only for someone who supervises
          changed = true;
          continue;
        }
        if (component.has("components")) {
          changed |= fillIn(component.get("components"), person);
          continue;
        }
        ArrayNode values = ((ObjectNode) component).putArray("values");
        supervisees.stream().map(SupervisionRelationship::getSpecialistId).distinct()
            .map(id -> new String[] {relationships.displayName(id), id})
            .sorted(Comparator.comparing((String[] choice) -> choice[0]))
            .forEach(choice -> values.addObject().put("label", choice[0]).put("value", choice[1]));
        changed = true;
        continue;
      }
      changed |= fillIn(component.path("components"), person);
    }
    return changed;
  }
}
