package org.peersupport.supervision.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Start-up of the packaged jar on the embedded H2 database, as README and docs/operations.md start it:
 * seconds from launching the JVM to {@code /actuator/health} answering UP, and the resident memory then.
 * Every launch starts on an empty {@code ./data} (a new working directory): Flyway, the engine's schema,
 * the deployment and the demo program are all created, the slowest start there is. Measured plainly
 * ({@code java -Xmx512m -jar}) and with the class-data-sharing archive of docs/operations.md (the jar
 * extracted with Spring Boot's tools, one training run, then {@code -XX:SharedArchiveFile}).
 */
@Order(1)
class StartupBenchmark {

  static final int RUNS = Integer.getInteger("bench.startup.runs", 3);
  static final double TARGET_SECONDS = 20;
  static final Path WORK = Path.of("target", "bench", "startup");

  @Test
  void secondsFromLaunchToHealthyOnH2() throws Exception {
    deleteTree(WORK);
    Files.createDirectories(WORK);
    File jar = new File(System.getProperty("cluster.app.jar"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    measure("plain jar", List.of(java, "-Xmx512m", "-jar", jar.getAbsolutePath()), false);

    Path extracted = WORK.resolve("app").toAbsolutePath();
    Path archive = WORK.resolve("app.jsa").toAbsolutePath();
    run(List.of(java, "-Djarmode=tools", "-jar", jar.getAbsolutePath(), "extract", "--destination",
        extracted.toString()), WORK.resolve("extract.log"));
    String app = extracted.resolve(jar.getName()).toString();
    Path training = Files.createDirectories(WORK.resolve("training"));
    run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar", app,
        "--server.port=" + freePort()), training, WORK.resolve("training.log"));
    measure("extracted jar with CDS archive", List.of(java, "-Xmx512m", "-XX:SharedArchiveFile=" + archive,
        "-jar", app), true);
  }

  @AfterAll
  static void written() {
    BenchResults.write();
  }

  private void measure(String variant, List<String> command, boolean target) throws Exception {
    List<Double> seconds = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      Path dir = Files.createDirectories(WORK.resolve(variant.replaceAll("\\W+", "-") + "-" + i));
      int port = freePort();
      List<String> full = new ArrayList<>(command);
      full.add("--server.port=" + port);
      long began = System.nanoTime();
      Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("app.log").toFile()).start();
      try {
        awaitHealthy(process, port);
        seconds.add((System.nanoTime() - began) / 1e9);
        rss.add((double) BenchResults.residentMiB(process.pid()));
      } finally {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
          process.destroyForcibly();
        }
      }
    }
    double median = BenchResults.median(seconds);
    double rssMedian = BenchResults.median(rss);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("medianSeconds", median);
    values.put("runsSeconds", seconds);
    values.put("residentMiB", rss);
    Map<String, Object> setup = BenchResults.setup("db", "H2 file, new ./data each launch", "history", "full",
        "launches", RUNS, "command", String.join(" ", command.subList(1, command.size()))
            .replace(System.getProperty("user.dir") + File.separator, ""));
    String measured = String.format("%.1f s (runs %s); RSS %.0f MiB", median, seconds.stream()
        .map(s -> String.format("%.1f", s)).toList(), rssMedian);
    if (target) {
      BenchResults.target("startup", "launch to healthy, " + variant, measured, values, "< 20 s",
          median < TARGET_SECONDS, setup);
    } else {
      BenchResults.info("startup", "launch to healthy, " + variant, measured, values, setup);
    }
  }

  private static void awaitHealthy(Process process, int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited at start (exit " + process.exitValue() + ")");
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the app did not become healthy within 4 minutes");
  }

  private static void run(List<String> command, Path log) throws Exception {
    run(command, WORK, log);
  }

  private static void run(List<String> command, Path dir, Path log) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("failed: " + String.join(" ", command) + ", see " + log);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
