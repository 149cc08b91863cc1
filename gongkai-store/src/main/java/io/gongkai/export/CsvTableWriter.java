package io.gongkai.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 has it (comma, double quotes, CRLF), preceded by a UTF-8 byte order mark: without it Excel and WPS
 * read the Chinese text in the local ANSI code page and show it garbled; pandas, R and LibreOffice skip it.
 */
public final class CsvTableWriter implements TableWriter {
  private final Writer out;
  private final Header header;
  private CSVPrinter printer;

  /** A table on {@code out}, which must encode UTF-8. */
  public CsvTableWriter(Writer out, Header header) {
    this.out = out;
    this.header = header;
  }

  @Override
  public void begin(List<Column> columns) {
    try {
      out.write('\uFEFF');
      printer = new CSVPrinter(out, CSVFormat.RFC4180);
      printer.printRecord(columns.stream().map(header::of).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void row(List<?> values) {
    try {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (printer != null) {
        printer.flush();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
