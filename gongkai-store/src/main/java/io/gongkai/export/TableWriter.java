package io.gongkai.export;

import java.util.List;

/**
 * Writes a table row by row in one format. Implementations write through as rows come, so that a table larger than
 * the heap can be written; I/O failures are thrown as {@link java.io.UncheckedIOException}.
 */
public interface TableWriter extends AutoCloseable {
  /** Starts the table; called once, before any row. */
  void begin(List<Column> columns);

  /** One row: a value per column, null when empty; text, {@link Number} or {@link Boolean} as the column's kind. */
  void row(List<?> values);

  /** Ends the table and flushes it; the writer it was given is not closed. */
  @Override
  void close();
}
