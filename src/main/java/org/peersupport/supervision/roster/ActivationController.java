package org.peersupport.supervision.roster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.people.Relationships;
import org.peersupport.supervision.privacy.AccessTrail;
import org.peersupport.supervision.privacy.AccessTrailEntry;
import org.peersupport.supervision.system.GoneException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The first-sign-in page of people a roster import created, and the one request it makes. Open (no
 * sign-in): the activation link is the credential. The token travels in the link's fragment
 * ({@code /activate#token=...}), which browsers never send to a server or a proxy's log, and then in
 * the body of the POST, never in a URL. Activations are recorded in the access trail under the person's
 * user id.
 */
@RestController
class ActivationController {

  static final String PATH = "/activate";

  record ActivationRequest(
      @NotBlank @Size(max = 100) String token,
      @NotBlank @Size(min = 12, max = 128, message = "must have at least 12 characters (and at most 128)")
      String password) {}

  record Activated(String userId, String signIn) {}

  record LinkRequest(@NotBlank @Size(max = 100) String token) {}

  /** Whose account a working link activates: their name and user name, and until when it works. */
  record Whose(String userId, String name, Instant expiresAt) {}

  private final Activations activations;
  private final AccessTrail trail;
  private final Relationships relationships;

  ActivationController(Activations activations, AccessTrail trail, Relationships relationships) {
    this.activations = activations;
    this.trail = trail;
    this.relationships = relationships;
  }

  @GetMapping({PATH, PATH + "/"})
  ResponseEntity<String> page() throws IOException {
    try (InputStream in = new ClassPathResource("static/activate/index.html").getInputStream()) {
      return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Whose account the link activates, so the page greets the person by name before they choose a
   * password. Only for a link that works now (the token is the credential; it travels in the body): an
   * unknown link is a 400, a used or expired one a 410, and neither names anyone.
   */
  @PostMapping(path = PATH + "/link", consumes = MediaType.APPLICATION_JSON_VALUE)
  Whose whose(@Valid @RequestBody LinkRequest request) {
    Activations.Usable link = activations.usable(request.token());
    return new Whose(link.userId(), relationships.displayName(link.userId()), link.expiresAt());
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  Activated activate(@Valid @RequestBody ActivationRequest request) {
    Optional<String> owner = activations.ownerOf(request.token());
    try {
      String userId = activations.activate(request.token(), request.password());
      record(userId, 200);
      return new Activated(userId, "/camunda/app/tasklist/default/");
    } catch (GoneException e) {
      owner.ifPresent(userId -> record(userId, 410));
      throw e;
    } catch (FormRejectedException e) {
      owner.ifPresent(userId -> record(userId, 400));
      throw e;
    }
  }

  private void record(String userId, int status) {
    trail.save(new AccessTrailEntry(Instant.now(), userId, AccessTrailEntry.Action.CHANGE, "POST",
        PATH + "/users/" + userId, status));
  }
}
