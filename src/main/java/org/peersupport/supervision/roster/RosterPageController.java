package org.peersupport.supervision.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster import page at {@code /roster}, for program leads and admins, signed in like the dashboard
 * (the session of the Camunda webapps, through the sign-in page). Its requests go to
 * {@code /roster/imports...}, the same endpoints as {@code /api/roster/...}; those that change something
 * must carry the session's CSRF token in the header {@value org.peersupport.supervision.security.PageChangeGuard#HEADER}, which another
 * site's page cannot read.
 */
@RestController
class RosterPageController {

  private final RosterAccess access;

  RosterPageController(RosterAccess access) {
    this.access = access;
  }

  /** The file to start from: the header row and one example row that imports as it is. */
  @GetMapping("/roster/template.csv")
  ResponseEntity<String> template() {
    access.requireImporter();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(RosterTemplate.FILE_NAME)
            .build().toString())
        .body(RosterTemplate.csv(LocalDate.now()));
  }

  @GetMapping({"/roster", "/roster/"})
  ResponseEntity<String> page() throws IOException {
    // someone signed in who may not import gets a page saying so in words (403), not a problem document
    boolean permitted = access.mayImport();
    try (InputStream in = new ClassPathResource(permitted ? "static/roster/index.html"
        : "static/roster/not-permitted.html").getInputStream()) {
      return ResponseEntity.status(permitted ? 200 : 403).cacheControl(CacheControl.noStore())
          .contentType(MediaType.TEXT_HTML).body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
