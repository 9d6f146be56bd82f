package org.peersupport.supervision.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.peersupport.supervision.cluster.ClusterDatabase;

/**
 * Which database the benchmarks run on. Without {@code -Dbench.db.url} the in-process benchmarks use the
 * test profile's in-memory H2; with it (a PostgreSQL URL) they use a throwaway database created on that
 * server for this run and dropped at the end. The HTTP benchmark always needs PostgreSQL: the server of
 * {@code bench.db.url}, else {@code 127.0.0.1:5432} as user {@code postgres} if it answers.
 */
public final class BenchDatabase {

  static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

  private static final Map<String, ClusterDatabase> CREATED = new HashMap<>();

  private BenchDatabase() {}

  /** Whether the in-process benchmarks run on PostgreSQL ({@code -Dbench.db.url} given). */
  public static boolean postgres() {
    return !System.getProperty("bench.db.url", "").isBlank();
  }

  /** "H2 (in-memory)" or "PostgreSQL 15.x", for the figures' setup. */
  public static String kind() {
    return postgres() ? "PostgreSQL" : "H2 in-memory";
  }

  /**
   * A throwaway database for one purpose (created once per run, dropped when the JVM ends), on the
   * server of {@code bench.db.url}, else on the local server if it answers; empty without PostgreSQL.
   */
  public static synchronized Optional<ClusterDatabase> throwaway(String purpose) {
    if (CREATED.containsKey(purpose)) {
      return Optional.of(CREATED.get(purpose));
    }
    String server = postgres() ? System.getProperty("bench.db.url") : LOCAL_SERVER;
    String user = System.getProperty("bench.db.user", "postgres");
    String password = System.getProperty("bench.db.password", "");
    if (!postgres()) {
      try (Connection probe = DriverManager.getConnection(server, user, password)) {
        probe.isValid(2);
      } catch (SQLException unreachable) {
        return Optional.empty();
      }
    }
    try {
      ClusterDatabase database = ClusterDatabase.create(server, user, password, "bench_" + purpose);
      CREATED.put(purpose, database);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          database.close();
        } catch (SQLException ignored) {
          // the server went first; the database stays behind, its name says it is a benchmark's
        }
      }));
      return Optional.of(database);
    } catch (SQLException e) {
      if (postgres()) {
        throw new IllegalStateException("cannot create a database on " + server, e);
      }
      return Optional.empty();
    }
  }

  /** The server's version, e.g. "PostgreSQL 15.19". */
  public static String version(ClusterDatabase database) {
    try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
      return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return "PostgreSQL";
    }
  }
}
