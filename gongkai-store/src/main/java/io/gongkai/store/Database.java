package io.gongkai.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * An open database: a connection pool, migrated to the current schema on opening, and the {@link Jdbi} that the
 * stores run their SQL resources through. Close it to release the pool (and, for H2, the file).
 */
public final class Database implements AutoCloseable {
  private final DatabaseLocation location;
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(DatabaseLocation location, HikariDataSource pool) {
    this.location = location;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
  }

  /**
   * Opens the database at {@code location} with up to {@code connections} pooled connections and applies any
   * migration it lacks.
   *
   * @throws DatabaseUnavailableException when it cannot be reached, opened or migrated
   */
  public static Database open(DatabaseLocation location, int connections) {
    createH2Folder(location);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config(location, connections));
    } catch (RuntimeException e) {
      throw new DatabaseUnavailableException(location.shown(), e);
    }
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new DatabaseUnavailableException(location.shown(), e);
    }
    return new Database(location, pool);
  }

  /** Where this database is. */
  public DatabaseLocation location() {
    return location;
  }

  /** The JDBI handle factory over the pool. */
  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    pool.close();
  }

  private static HikariConfig config(DatabaseLocation location, int connections) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(location.url());
    if (location.user() != null) {
      c.setUsername(location.user());
    }
    if (location.password() != null) {
      c.setPassword(location.password());
    }
    if (location.url().startsWith("jdbc:postgresql:")) {
      // The cells of a document go in one batch; the driver sends it as multi-row inserts only when asked to.
      c.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    c.setMaximumPoolSize(Math.max(2, connections));
    c.setMinimumIdle(1);
    c.setPoolName("gongkai");
    // Fail at once on a server that is down rather than after Hikari's default 30 s.
    c.setConnectionTimeout(10_000);
    return c;
  }

  private static void createH2Folder(DatabaseLocation location) {
    String prefix = "jdbc:h2:file:";
    if (!location.url().startsWith(prefix)) {
      return;
    }
    String file = location.url().substring(prefix.length()).split(";", 2)[0];
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new DatabaseUnavailableException(location.shown(), e);
    }
  }
}
