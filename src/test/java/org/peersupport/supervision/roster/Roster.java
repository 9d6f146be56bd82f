package org.peersupport.supervision.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peersupport.supervision.Http;

/** Test helper: roster files, importing them over HTTP and waiting for the report. */
public final class Roster {

  public static final String HEADER = "user_id,first_name,last_name,email,role,supervisor_id,certification_body,"
      + "credential_name,credential_number,certification_stage,issued_on,expires_on";

  private final List<String> lines = new ArrayList<>(List.of(HEADER));

  /** Ids no other test uses (the application context and its database are shared). */
  public static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Roster file() {
    return new Roster();
  }

  public Roster line(String... values) {
    lines.add(String.join(",", values));
    return this;
  }

  public Roster person(String userId, String role, String supervisorId) {
    return line(userId, "First", "Last", userId + "@peer-program.example", role, supervisorId == null ? "" : supervisorId,
        "", "", "", "", "", "");
  }

  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  public String text() {
    return String.join("\r\n", lines) + "\r\n";
  }

  /** Posts the file as text/csv; answers the 202's body. */
  public static JsonNode start(Http http, String path, byte[] csv) {
    Http.Reply started = http.post(path, "text/csv", csv, Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    return started.json();
  }

  /** Imports the file as the user and waits until the import is done; answers the report (first read). */
  public static JsonNode importAs(Http http, byte[] csv) {
    return waitForReport(http, "/api/roster/imports/", start(http, "/api/roster/imports", csv).get("id").asLong());
  }

  /** Reads the import until it is DONE (the report's first read, which carries the activation links). */
  public static JsonNode waitForReport(Http http, String base, long id) {
    for (int poll = 0; poll < 6000; poll++) {
      Http.Reply reply = http.get(base + id);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      JsonNode view = reply.json();
      if (view.get("status").asText().equals("DONE")) {
        return view;
      }
      pause();
    }
    throw new AssertionError("import " + id + " did not finish");
  }

  public static JsonNode row(JsonNode report, String userId) {
    for (JsonNode row : report.get("rows")) {
      if (userId.equals(row.get("userId").asText(null))) {
        return row;
      }
    }
    throw new AssertionError("no row for " + userId + " in " + report);
  }

  public static JsonNode line(JsonNode report, int line) {
    for (JsonNode row : report.get("rows")) {
      if (row.get("line").asInt() == line) {
        return row;
      }
    }
    throw new AssertionError("no line " + line + " in " + report);
  }

  /** The activation links the report shows (null ones left out). */
  public static List<String> links(JsonNode report) {
    List<String> links = new ArrayList<>();
    report.get("rows").forEach(row -> {
      if (!row.get("activationLink").isNull()) {
        links.add(row.get("activationLink").asText());
      }
    });
    return links;
  }

  public static List<String> columns(JsonNode row) {
    List<String> columns = new ArrayList<>();
    row.get("reasons").forEach(reason -> columns.add(reason.get("column").asText()));
    return columns;
  }

  static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
