package org.peersupport.supervision.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throwaway PostgreSQL database for one cluster test, on the server of the suite's test database
 * ({@code cluster.db.url}); dropped at the end. The tests read it directly only to cross-check the
 * domain tables against the engine's history.
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

  @Override
  public void close() throws SQLException {
    String name = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
    try (Connection server = DriverManager.getConnection(serverUrl, user, password);
         Statement statement = server.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }
}
