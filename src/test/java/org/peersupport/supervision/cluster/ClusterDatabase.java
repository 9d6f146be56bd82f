package org.peersupport.supervision.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throwaway PostgreSQL database for one cluster test, on the server of the suite's test database
 * ({@code cluster.db.url}); dropped at the end. The tests read it directly to cross-check the domain
 * tables against the engine's history, and write to it only to move the program's past back in time.
 */
public record ClusterDatabase(String url, String user, String password, String serverUrl) implements AutoCloseable {

  static ClusterDatabase create(String purpose) throws SQLException {
    return create(System.getProperty("cluster.db.url"), System.getProperty("cluster.db.user", "postgres"),
        System.getProperty("cluster.db.password", ""), purpose);
  }

  /** A new database on the server of {@code serverUrl} (any database of that server), as that user. */
  public static ClusterDatabase create(String serverUrl, String user, String password, String purpose)
      throws SQLException {
    String name = "peer_supervision_" + purpose + "_" + Long.toString(System.currentTimeMillis(), 36);
    try (Connection server = DriverManager.getConnection(serverUrl, user, password);
         Statement statement = server.createStatement()) {
      statement.execute("create database " + name);
    }
    String url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    return new ClusterDatabase(url, user, password, serverUrl);
  }

  long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
         Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * As if the program had been supervising for a month: every supervision relationship and every cycle
   * started 30 days earlier than it did. The schedule starts a cycle only for relationships whose last
   * cycle is a cadence (at most 14 days) old, so a test that wants it to start one for everyone calls
   * this just before the schedule's timer comes due.
   */
  void supervisionStartedAMonthAgo() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
         Statement statement = connection.createStatement()) {
      statement.executeUpdate("update supervision_relationship set started_on = started_on - 30");
      statement.executeUpdate("update act_hi_procinst set start_time_ = start_time_ - interval '30 days' "
          + "where proc_def_key_ = 'supervision-cycle'");
    }
  }

  @Override
  public void close() throws SQLException {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
    try (Connection server = DriverManager.getConnection(serverUrl, user, password);
         Statement statement = server.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }
}
