package org.peersupport.supervision.roster;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.system.NotFoundException;
import org.peersupport.supervision.system.PayloadTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Roster imports for program leads and admins: {@code /api/roster/...} (HTTP Basic) and the same under
 * {@code /roster/...} for the page (its sign-in, see {@link RosterPageController}). A file is checked as
 * a whole at once (400 naming the column, 413 when too large); its rows are then imported in the
 * background (202 with the import to poll).
 */
@RestController
class RosterImportController {

  static final String CSV = "text/csv";

  record Reason(String column, String message) {}

  record RowView(int line, String userId, String role, RowOutcome outcome, List<String> changes,
      List<Reason> reasons, String activationLink, boolean awaitingActivation) {}

  /** An import; {@code message} says what to do about an interrupted one; {@code rows} once it has ended. */
  record ImportView(long id, String importedBy, boolean dryRun, RosterImport.Status status, int totalRows,
      int processedRows, int created, int updated, int unchanged, int refused, Instant startedAt,
      Instant finishedAt, String message, List<RowView> rows) {}

  record ActivationView(String userId, String activationLink, Instant expiresAt) {}

  private final RosterImports imports;
  private final RosterImportRepository importRepository;
  private final RosterImportRows rowRepository;
  private final Activations activations;
  private final ActivationLinks links;
  private final RosterAccess access;
  private final RosterProperties properties;

  RosterImportController(RosterImports imports, RosterImportRepository importRepository,
      RosterImportRows rowRepository, Activations activations, ActivationLinks links, RosterAccess access,
      RosterProperties properties) {
    this.imports = imports;
    this.importRepository = importRepository;
    this.rowRepository = rowRepository;
    this.activations = activations;
    this.links = links;
    this.access = access;
    this.properties = properties;
  }

  @Operation(summary = "Import a roster",
      description = "A roster CSV as a file upload (multipart/form-data, part 'file') or as the body "
          + "(text/csv); dryRun=true reports what would change and changes nothing. The import runs in the "
          + "background: the answer is 202 with the import's Location, where its report appears when it is "
          + "done. For program leads and administrators.")
  @ApiResponse(responseCode = "202", description = "The import started: its Location answers with its progress "
      + "and, once done, its report.",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "409", description = "Other roster imports are waiting: try again when one of "
      + "them is done.")
  @ApiResponse(responseCode = "413", description = "The file is larger than the limit, or has more rows than "
      + "the limit.")
  @PostMapping(path = {"/api/roster/imports", "/roster/imports"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportView> importUpload(@RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) throws IOException {
    String importer = access.requireImporter();
    try (InputStream in = file.getInputStream()) {
      return started(request, importer, read(in), dryRun);
    }
  }

  @Operation(summary = "Import a roster",
      description = "A roster CSV as a file upload (multipart/form-data, part 'file') or as the body "
          + "(text/csv); dryRun=true reports what would change and changes nothing. The import runs in the "
          + "background: the answer is 202 with the import's Location, where its report appears when it is "
          + "done. For program leads and administrators.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The roster file (CSV, "
          + "header first).", content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
  @ApiResponse(responseCode = "202", description = "The import started: its Location answers with its progress "
      + "and, once done, its report.",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "409", description = "Other roster imports are waiting: try again when one of "
      + "them is done.")
  @ApiResponse(responseCode = "413", description = "The file is larger than the limit, or has more rows than "
      + "the limit.")
  @PostMapping(path = {"/api/roster/imports", "/roster/imports"}, consumes = CSV)
  ResponseEntity<ImportView> importCsv(@RequestParam(defaultValue = "false") boolean dryRun,
      HttpServletRequest request) throws IOException {
    String importer = access.requireImporter();
    try (InputStream in = request.getInputStream()) {
      return started(request, importer, read(in), dryRun);
    }
  }

  @Operation(summary = "Roster imports",
      description = "The last 100 imports: an administrator's view holds everyone's, a program lead's their own.")
  @ApiResponse(responseCode = "200", description = "The imports, newest first.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @GetMapping({"/api/roster/imports", "/roster/imports"})
  List<ImportView> list() {
    String me = access.requireImporter();
    List<RosterImport> visible = access.isAdmin() ? importRepository.findTop100ByOrderByStartedAtDescIdDesc()
        : importRepository.findTop100ByImportedByOrderByStartedAtDescIdDesc(me);
    return visible.stream().map(i -> view(i, null)).toList();
  }

  @Operation(summary = "A roster import and its report",
      description = "Progress while it runs; once done, the report of every row. Activation links of the people "
          + "it created show once, to who ran it.")
  @ApiResponse(responseCode = "200", description = "The import.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "404", description = "No roster import with this id that the caller ran "
      + "(administrators: any).")
  @GetMapping({"/api/roster/imports/{id}", "/roster/imports/{id}"})
  ImportView get(@PathVariable long id) {
    String me = access.requireImporter();
    RosterImport rosterImport = importRepository.findById(id).filter(access::mayRead)
        .orElseThrow(() -> new NotFoundException("No roster import " + id + " of yours."));
    if (rosterImport.getStatus() == RosterImport.Status.RUNNING) {
      return view(rosterImport, null);
    }
    // done or interrupted: the report of the rows it got to
    Map<String, String> newLinks = rosterImport.getImportedBy().equals(me) ? links.collect(id) : Map.of();
    List<RosterImportRow> lines = rowRepository.findByImportIdOrderByLineNumber(id);
    Set<String> awaiting = rosterImport.isDryRun() ? Set.of() : activations.awaitingActivation(lines.stream()
        .filter(r -> r.getOutcome() == RowOutcome.CREATED && r.getUserId() != null).map(RosterImportRow::getUserId)
        .collect(Collectors.toSet()));
    List<RowView> rows = new ArrayList<>();
    for (RosterImportRow row : lines) {
      rows.add(view(row, newLinks.get(row.getUserId()), awaiting.contains(row.getUserId())));
    }
    return view(rosterImport, rows);
  }

  /** A new activation link for someone an import created who has not chosen a password yet. */
  @Operation(summary = "A new activation link",
      description = "For someone an import created who has not chosen a password yet; the old link stops "
          + "working. Never for an administrator. For program leads and administrators.")
  @ApiResponse(responseCode = "201", description = "The new link, shown once.")
  @ApiResponse(responseCode = "400", description = "The user id is not a valid user id.")
  @ApiResponse(responseCode = "403", description = "The caller is not a program lead or administrator.")
  @ApiResponse(responseCode = "404", description = "No person awaiting activation with this user id.")
  @ApiResponse(responseCode = "409", description = "The person has already chosen a password, or is an administrator.")
  @PostMapping({"/api/roster/users/{userId}/activation", "/roster/users/{userId}/activation"})
  @ResponseStatus(HttpStatus.CREATED)
  ActivationView reissue(@PathVariable String userId) {
    String me = access.requireImporter();
    if (!userId.matches(RosterRow.USER_ID)) {
      throw FormRejectedException.of(RosterFile.FORM, "userId", RosterRow.USER_ID_MESSAGE);
    }
    Activations.Issued issued = activations.reissue(userId, me);
    return new ActivationView(userId, issued.link(), issued.expiresAt());
  }

  private ResponseEntity<ImportView> started(HttpServletRequest request, String importer, byte[] content,
      boolean dryRun) {
    List<RosterFile.Line> lines = RosterFile.read(content, properties.maxRows());
    RosterImport started = imports.start(lines, importer, dryRun);
    String base = request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? "/api/roster/imports/"
        : "/roster/imports/";
    return ResponseEntity.accepted().location(URI.create(base + started.getId())).body(view(started, null));
  }

  /** The body, refused with 413 as soon as it passes the limit (nothing more is read). */
  private byte[] read(InputStream in) throws IOException {
    long limit = properties.maxFileSize().toBytes();
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (content.length > limit) {
      throw new PayloadTooLargeException("The file is larger than " + properties.maxFileSize().toKilobytes()
          + " KiB: split it into smaller files (at most " + properties.maxRows() + " rows each).");
    }
    return content;
  }

  private static ImportView view(RosterImport i, List<RowView> rows) {
    return new ImportView(i.getId(), i.getImportedBy(), i.isDryRun(), i.getStatus(), i.getTotalRows(),
        i.getProcessedRows(), i.getCreatedRows(), i.getUpdatedRows(), i.getUnchangedRows(), i.getRefusedRows(),
        i.getStartedAt(), i.getFinishedAt(), message(i), rows);
  }

  private static String message(RosterImport i) {
    if (i.getStatus() != RosterImport.Status.INTERRUPTED) {
      return null;
    }
    return "Interrupted after " + i.getProcessedRows() + " of " + i.getTotalRows() + " rows: the application "
        + "stopped while importing. Import the file again: rows already applied are reported as unchanged."
        + (i.isDryRun() || i.getCreatedRows() == 0 ? ""
            : " People it created whose activation link the report does not show need a new one.");
  }

  private static RowView view(RosterImportRow row, String link, boolean awaiting) {
    List<String> lines = row.getDetails().isEmpty() ? List.of() : List.of(row.getDetails().split("\n"));
    List<String> changes = row.getOutcome() == RowOutcome.REFUSED ? List.of() : lines;
    List<Reason> reasons = row.getOutcome() != RowOutcome.REFUSED ? List.of() : lines.stream().map(line -> {
      int colon = line.indexOf(": ");
      return colon < 0 ? new Reason("row", line) : new Reason(line.substring(0, colon), line.substring(colon + 2));
    }).toList();
    return new RowView(row.getLineNumber(), row.getUserId(), row.getRole(), row.getOutcome(), changes, reasons, link,
        awaiting);
  }
}
