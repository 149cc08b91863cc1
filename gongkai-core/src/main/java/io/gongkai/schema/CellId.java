package io.gongkai.schema;

import java.util.Objects;

/** The public name of a cell, {@code table.row.col} as in {@code cells.tsv}. */
public record CellId(String table, String row, String col) {
  public CellId {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(col, "col");
  }

  /** Parses {@code t3.new_received.total}. */
  public static CellId parse(String id) {
    String[] parts = id.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a cell id (table.row.col): " + id);
    }
    return new CellId(parts[0], parts[1], parts[2]);
  }

  /** Ids are few (the template's) and printed often: each string is made once. */
  private static final java.util.Map<CellId, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public String toString() {
    String name = NAMES.get(this);
    if (name == null) {
      name = table + "." + row + "." + col;
      if (NAMES.size() < 10_000) {
        NAMES.put(this, name);
      }
    }
    return name;
  }
}
