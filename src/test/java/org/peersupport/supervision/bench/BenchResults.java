package org.peersupport.supervision.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark run (all benchmark classes run in one JVM): each with what was measured,
 * its setup (database, history level, threads, counts, JVM options), its target and whether it was met.
 * After every benchmark the whole table so far is written to {@code target/bench/results.json} and
 * {@code target/bench/results.md} (a table ready for docs/performance.md); {@link ResultsBenchmark}
 * prints it at the end through the {@code peer-supervision.report} logger and fails the bench profile
 * when a target was missed.
 */
public final class BenchResults {

  static final org.slf4j.Logger REPORT = org.slf4j.LoggerFactory.getLogger("peer-supervision.report");
  static final Path DIRECTORY = Path.of("target", "bench");

  /** PASS: target met; MISS: target missed; INFO: a figure without a target of its own; SKIPPED: not measured. */
  public enum Status { PASS, MISS, INFO, SKIPPED }

  /**
   * One line of the table.
   *
   * @param group    which measurement (overhead, http, audit, startup)
   * @param figure   what it is, e.g. "p99 at 10 users"
   * @param measured the value as people read it, e.g. "212 ms"
   * @param values   the numbers behind it (milliseconds, counts, ...), for the JSON
   * @param target   the target as people read it, e.g. "< 250 ms", or "" without one
   * @param setup    database, history level, threads, counts, JVM options, load average
   */
  public record Figure(String group, String figure, String measured, Map<String, Object> values, String target,
      Status status, Map<String, Object> setup) {}

  private static final List<Figure> FIGURES = new ArrayList<>();
  private static final Instant STARTED = Instant.now();

  private BenchResults() {}

  public static synchronized void add(Figure figure) {
    FIGURES.add(figure);
    REPORT.info("bench: {} | {} | {} | target {} | {}", figure.group(), figure.figure(), figure.measured(),
        figure.target().isEmpty() ? "-" : figure.target(), figure.status());
    write();
  }

  /** A figure with a target: {@code met} decides PASS or MISS. */
  public static void target(String group, String figure, String measured, Map<String, Object> values, String target,
      boolean met, Map<String, Object> setup) {
    add(new Figure(group, figure, measured, values, target, met ? Status.PASS : Status.MISS, setup));
  }

  public static void info(String group, String figure, String measured, Map<String, Object> values,
      Map<String, Object> setup) {
    add(new Figure(group, figure, measured, values, "", Status.INFO, setup));
  }

  public static void skipped(String group, String figure, String why, String target) {
    add(new Figure(group, figure, "skipped: " + why, Map.of(), target, Status.SKIPPED, Map.of()));
  }

  static synchronized List<Figure> figures() {
    return List.copyOf(FIGURES);
  }

  static synchronized List<Figure> missed() {
    return FIGURES.stream().filter(f -> f.status() == Status.MISS).toList();
  }

  /** The machine and JVM the run was on, with the load average now (other builds make figures noisy). */
  public static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("memoryGiB", Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("loadAverage", loadAverage());
    return machine;
  }

  /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** The setup common to figures measured in this JVM, plus the given entries. */
  public static Map<String, Object> setup(Object... keyValues) {
    Map<String, Object> setup = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      setup.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
    }
    setup.put("loadAverage", loadAverage());
    return setup;
  }

  public static synchronized void write() {
    try {
      Files.createDirectories(DIRECTORY);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("started", STARTED.toString());
      json.put("written", Instant.now().toString());
      json.put("machine", machine());
      json.put("figures", FIGURES);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).findAndRegisterModules()
          .writeValue(DIRECTORY.resolve("results.json").toFile(), json);
      Files.writeString(DIRECTORY.resolve("results.md"), markdown());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table as Markdown, with the machine it ran on. */
  static synchronized String markdown() {
    Map<String, Object> machine = machine();
    StringBuilder md = new StringBuilder();
    md.append("Run of ").append(STARTED).append(": ").append(machine.get("cores")).append(" cores, ")
        .append(machine.get("memoryGiB")).append(" GiB, ").append(machine.get("os")).append(", ")
        .append(machine.get("java")).append("; load average at the end ").append(machine.get("loadAverage"))
        .append(".\n\n");
    md.append("| measurement | figure | measured | target | result | setup |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Figure f : FIGURES) {
      md.append("| ").append(f.group()).append(" | ").append(f.figure()).append(" | ").append(f.measured())
          .append(" | ").append(f.target().isEmpty() ? "" : f.target()).append(" | ")
          .append(f.status() == Status.INFO ? "" : f.status().toString().toLowerCase()).append(" | ")
          .append(setupText(f.setup())).append(" |\n");
    }
    return md.toString();
  }

  private static String setupText(Map<String, Object> setup) {
    StringBuilder text = new StringBuilder();
    setup.forEach((key, value) -> {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(key).append(' ').append(value);
    });
    return text.toString().replace("|", "/");
  }

  /** The table as plain text for the log. */
  static synchronized String table() {
    StringBuilder text = new StringBuilder();
    text.append(String.format("%-9s %-46s %-34s %-14s %-7s%n", "measure", "figure", "measured", "target", "result"));
    for (Figure f : FIGURES) {
      text.append(String.format("%-9s %-46s %-34s %-14s %-7s%n", f.group(), f.figure(), f.measured(),
          f.target().isEmpty() ? "-" : f.target(), f.status() == Status.INFO ? "" : f.status()));
    }
    return text.toString();
  }

  // --- small statistics helpers shared by the benchmarks ----------------------------------------------

  /** The q-quantile (0..1) of sorted values, nearest rank. */
  public static double quantile(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  public static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Resident memory of a process in MiB, from /proc/&lt;pid&gt;/status (VmRSS), or -1 where there is none. */
  public static long residentMiB(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  public static String ms(double millis) {
    return millis >= 100 ? String.format("%.0f ms", millis) : String.format("%.1f ms", millis);
  }
}
