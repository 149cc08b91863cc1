package io.gongkai.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases the store tests run on: an H2 file always, and PostgreSQL when {@code GONGKAI_TEST_PG} holds a JDBC
 * URL (as {@code .ci/run} sets it). Each test gets a fresh database: a new H2 file, or a new PostgreSQL schema that is
 * dropped afterwards. When the variable is set and the server cannot be reached, the tests fail rather than skip.
 */
public enum DatabaseTarget {
  H2,
  POSTGRESQL;

  /** The environment variable naming the PostgreSQL server of the tests. */
  public static final String PG_VARIABLE = "GONGKAI_TEST_PG";

  /** The targets to run on here. */
  public static Stream<DatabaseTarget> all() {
    List<DatabaseTarget> targets = new ArrayList<>(List.of(H2));
    if (pgUrl() != null) {
      targets.add(POSTGRESQL);
    }
    return targets.stream();
  }

  /** A fresh, empty database of this kind; H2 files go under {@code dir}. */
  public Fresh fresh(Path dir) {
    if (this == H2) {
      return new Fresh(DatabaseLocation.h2File(dir.resolve("db-" + UUID.randomUUID()).resolve("gongkai")), null);
    }
    String schema = "gk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE SCHEMA " + schema);
    String url = pgUrl();
    return new Fresh(DatabaseLocation.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema), schema);
  }

  /** A database made for one test; closing drops it (PostgreSQL) or leaves the file to the temp folder (H2). */
  public record Fresh(DatabaseLocation location, String schema) implements AutoCloseable {
    /** Opens (and so migrates) the database. */
    public Database open(int connections) {
      return Database.open(location, connections);
    }

    @Override
    public void close() {
      if (schema != null) {
        execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static String pgUrl() {
    String url = System.getenv(PG_VARIABLE);
    return url == null || url.isBlank() ? null : url;
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(pgUrl()); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(PG_VARIABLE + " is set but PostgreSQL cannot be used (" + e.getMessage()
          + "): " + pgUrl().replaceAll("password=[^&]*", "password=***"), e);
    }
  }
}
