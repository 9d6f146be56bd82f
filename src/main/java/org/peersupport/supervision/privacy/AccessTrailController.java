package org.peersupport.supervision.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.NotPermittedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access trail, for admins only; read-only (there is no endpoint that changes or deletes it). */
@RestController
@RequestMapping("/api/audit-trail")
class AccessTrailController {

  static final int MAX_ENTRIES = 1000;

  private final AccessTrail trail;
  private final CurrentUser currentUser;

  AccessTrailController(AccessTrail trail, CurrentUser currentUser) {
    this.trail = trail;
    this.currentUser = currentUser;
  }

  @Operation(summary = "The access trail",
      description = "Who read or changed which record, and the answer they got (at most 1000 entries of "
          + "from..to, ISO dates; default the last 30 days), optionally of one user. For administrators only; "
          + "nobody changes it.")
  @ApiResponse(responseCode = "200", description = "The entries, newest first.")
  @ApiResponse(responseCode = "403", description = "The caller is not an administrator.")
  @GetMapping
  List<AccessTrailEntry> entries(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String userId) {
    if (!currentUser.isAdmin()) {
      throw new NotPermittedException("Only administrators read the access trail.");
    }
    Instant start = (from == null ? LocalDate.now().minusDays(30) : from).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = (to == null ? LocalDate.now() : to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    return trail.find(start, end, userId, PageRequest.of(0, MAX_ENTRIES));
  }
}
