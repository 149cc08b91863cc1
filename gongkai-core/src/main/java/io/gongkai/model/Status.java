package io.gongkai.model;

import java.util.Locale;

/** How sure the reading of a cell is (OUTPUT.md). */
public enum Status {
  /** A value was read and placed with certainty. */
  OK,
  /** The report prints nothing, {@code /}, {@code -}, {@code —} or {@code 无} there. */
  BLANK,
  /** The text holds the value but its place or reading is ambiguous; candidates list the possibilities. */
  UNCERTAIN,
  /** The report has no such table or row. */
  MISSING;

  /** The public name ({@code ok}, {@code blank}, …). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
