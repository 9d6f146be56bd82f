package org.peersupport.supervision.cluster;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/*.jar}) as a separate process on PostgreSQL, the way it runs in
 * production: profile {@code postgres}, demo off, the job executor on, an administrator created by
 * Camunda at start ({@code camunda.bpm.admin-user}). Its output goes to {@code target/cluster/<name>.log}.
 */
public final class AppNode implements AutoCloseable {

  public static final String ADMIN = "cluster-admin";
  public static final String ADMIN_PASSWORD = "cluster-admin-secret-7";
  /** The JVM options of a test node: small heap, quick start (C1 only). */
  static final List<String> TEST_JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

  private final String name;
  private final int port;
  private final Process process;

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** The jar and database the Maven profile {@code postgres} passes; tests skip without them. */
  static boolean configured() {
    return System.getProperty("cluster.app.jar") != null && System.getProperty("cluster.db.url") != null;
  }

  static AppNode start(String name, ClusterDatabase database, String... settings) throws IOException {
    return start(name, database, TEST_JVM, settings);
  }

  /** As {@link #start(String, ClusterDatabase, String...)} with the given JVM options (the benchmarks' own). */
  public static AppNode start(String name, ClusterDatabase database, List<String> jvmOptions, String... settings)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of(
        "-jar", new File(System.getProperty("cluster.app.jar")).getAbsolutePath(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--camunda.bpm.admin-user.id=" + ADMIN,
        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
        "--camunda.bpm.admin-user.first-name=Cluster",
        "--camunda.bpm.admin-user.last-name=Administrator",
        // the job log names the node that ran each job
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    command.addAll(List.of(settings));
    Path log = Path.of("target", "cluster", name + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("PEER_SUPERVISION_DB_URL", database.url());
    builder.environment().put("PEER_SUPERVISION_DB_USER", database.user());
    builder.environment().put("PEER_SUPERVISION_DB_PASSWORD", database.password());
    AppNode node = new AppNode(name, port, builder.start());
    node.awaitHealthy(Duration.ofMinutes(4));
    return node;
  }

  String name() {
    return name;
  }

  public int port() {
    return port;
  }

  /** The operating system's id of the node's process (for its resident memory). */
  public long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no commit of anything in flight. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(1, TimeUnit.MINUTES);
  }

  /** SIGTERM: the orderly stop an operator (or the load balancer's deployment) does. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      kill();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  private void awaitHealthy(Duration within) throws IOException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited at start (exit " + process.exitValue()
            + "), see target/cluster/" + name + ".log");
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " did not become healthy within " + within + ", see target/cluster/" + name
        + ".log");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
