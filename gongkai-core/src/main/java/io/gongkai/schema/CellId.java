package io.gongkai.schema;

import java.util.Objects;

/**
 * The public name of a cell, {@code table.row.col} as in {@code cells.tsv}. A value class (equal by its three parts)
 * rather than a record only so that its printed name, used as a key all through the checks, is made once.
 */
public final class CellId {
  private final String table;
  private final String row;
  private final String col;
  private final String name;

  public CellId(String table, String row, String col) {
    this.table = Objects.requireNonNull(table, "table");
    this.row = Objects.requireNonNull(row, "row");
    this.col = Objects.requireNonNull(col, "col");
    this.name = table + "." + row + "." + col;
  }

  /** Parses {@code t3.new_received.total}. */
  public static CellId parse(String id) {
    String[] parts = id.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a cell id (table.row.col): " + id);
    }
    return new CellId(parts[0], parts[1], parts[2]);
  }

  public String table() {
    return table;
  }

  public String row() {
    return row;
  }

  public String col() {
    return col;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellId other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
