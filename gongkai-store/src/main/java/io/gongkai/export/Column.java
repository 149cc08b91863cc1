package io.gongkai.export;

import java.util.Objects;

/**
 * A column of an exported table.
 *
 * @param key the header in CSV and XLSX and the key in JSON: ASCII, so that pandas and R name the column plainly
 * @param zh the Chinese header ({@code --header zh}) and the name shown on the XLSX sheet that explains the columns
 * @param note what the column holds, in Chinese then English; for a cell column, its table, row and column
 */
public record Column(String key, String zh, String note, Kind kind) {
  /** What a column's values are, which decides how each format writes them. */
  public enum Kind {
    /** Text; null is empty. */
    TEXT,
    /** A whole number (a year, a count). */
    INTEGER,
    /** True or false. */
    BOOLEAN,
    /**
     * A cell value: exact text of a number as OUTPUT.md gives it. CSV and JSON keep the text (JSON as a string, as in
     * OUTPUT.md); XLSX writes a number, so that a spreadsheet can sum it, unless it has more digits than a double keeps.
     */
    VALUE
  }

  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(kind, "kind");
  }
}
