package io.gongkai.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL statements of the store, one per {@code .sql} resource under {@code io/gongkai/store/sql}, so that no SQL is
 * written in Java. Loaded once and cached.
 */
public final class Sql {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Sql() {}

  /** The statement in {@code io/gongkai/store/sql/NAME.sql}, comment lines removed. */
  public static String get(String name) {
    return CACHE.computeIfAbsent(name, Sql::load);
  }

  private static String load(String name) {
    String path = "/io/gongkai/store/sql/" + name + ".sql";
    try (InputStream in = Sql.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no SQL resource " + path);
      }
      StringBuilder b = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          b.append(line).append('\n');
        }
      }
      return b.toString().strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
