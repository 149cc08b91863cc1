package io.gongkai.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the database is: a JDBC URL, with the user and password when they are not in the URL. Every front end finds
 * it the same way ({@link #resolve}): the {@code --db} option, then the {@code GONGKAI_DB} environment variable, then
 * {@code db} in the config file {@code $XDG_CONFIG_HOME/gongkai/gongkai.properties}, then an H2 file in the user's
 * data folder ({@code $XDG_DATA_HOME/gongkai/gongkai}, by default {@code ~/.local/share/gongkai/gongkai}).
 *
 * @param user null when the URL carries it or none is needed
 * @param password null when the URL carries it or none is needed
 */
public record DatabaseLocation(String url, String user, String password) {
  /**
   * H2 settings that make it accept the SQL PostgreSQL accepts, so one migration serves both, and a page cache of
   * 64 MB instead of 16 MB: an import inserts some 200 cell rows per document, and with the small cache H2 spends its
   * time re-reading index pages once a few thousand documents are stored.
   */
  static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=65536";

  public DatabaseLocation {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("not a JDBC URL: " + url);
    }
  }

  /**
   * The database named by {@code option} ({@code --db}: a JDBC URL or the path of an H2 file), or else by the
   * environment, the config file or the default, in that order.
   */
  public static DatabaseLocation resolve(String option, Map<String, String> env) {
    if (option != null && !option.isBlank()) {
      return of(option);
    }
    String fromEnv = env.get("GONGKAI_DB");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return of(fromEnv);
    }
    Path config = configHome(env).resolve("gongkai").resolve("gongkai.properties");
    if (Files.isRegularFile(config)) {
      Properties p = load(config);
      String db = p.getProperty("db");
      if (db != null && !db.isBlank()) {
        DatabaseLocation at = of(db.strip());
        return new DatabaseLocation(at.url, p.getProperty("db.user"), p.getProperty("db.password"));
      }
    }
    return h2File(dataHome(env).resolve("gongkai").resolve("gongkai"));
  }

  /** A JDBC URL as it is (H2 URLs get the PostgreSQL-compatibility settings), or the path of an H2 file. */
  public static DatabaseLocation of(String urlOrPath) {
    if (urlOrPath.startsWith("jdbc:h2:")) {
      return new DatabaseLocation(withH2Settings(urlOrPath), null, null);
    }
    if (urlOrPath.startsWith("jdbc:")) {
      return new DatabaseLocation(urlOrPath, null, null);
    }
    return h2File(Path.of(urlOrPath));
  }

  /** The H2 file database at {@code path} ({@code .mv.db} is added by H2; given, it is dropped). */
  public static DatabaseLocation h2File(Path path) {
    String p = path.toAbsolutePath().normalize().toString();
    if (p.endsWith(".mv.db")) {
      p = p.substring(0, p.length() - ".mv.db".length());
    }
    return new DatabaseLocation("jdbc:h2:file:" + p + H2_SETTINGS, null, null);
  }

  /** Whether this is an H2 database. */
  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL as shown to people: without a password given as a parameter, nor the settings every H2 URL gets. */
  public String shown() {
    String u = url.endsWith(H2_SETTINGS) ? url.substring(0, url.length() - H2_SETTINGS.length()) : url;
    return u.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return shown();
  }

  private static String withH2Settings(String url) {
    return url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=") ? url : url + H2_SETTINGS;
  }

  private static Path dataHome(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    return xdg != null && !xdg.isBlank() ? Path.of(xdg) : home().resolve(".local").resolve("share");
  }

  private static Path configHome(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    return xdg != null && !xdg.isBlank() ? Path.of(xdg) : home().resolve(".config");
  }

  private static Path home() {
    return Path.of(System.getProperty("user.home"));
  }

  private static Properties load(Path config) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
    return p;
  }
}
