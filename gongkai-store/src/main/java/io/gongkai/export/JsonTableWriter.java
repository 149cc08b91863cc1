package io.gongkai.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A JSON array with one object per row, keyed by the columns' keys ({@code pandas.read_json} reads it as records).
 * Cell values stay strings, as in OUTPUT.md; years and counts are numbers.
 */
public final class JsonTableWriter implements TableWriter {
  private final JsonGenerator g;
  private List<Column> columns;

  /** A table on {@code out}. */
  public JsonTableWriter(Writer out) {
    try {
      this.g = new JsonFactory().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new OneRowPerLine());
  }

  @Override
  public void begin(List<Column> columns) {
    this.columns = List.copyOf(columns);
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void row(List<?> values) {
    try {
      g.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        g.writeFieldName(columns.get(i).key());
        write(values.get(i));
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer n) {
      g.writeNumber(n);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else {
      g.writeString(v.toString());
    }
  }

  /** Compact JSON with each row on a line of its own, so that a large export can be looked at with head or less. */
  private static final class OneRowPerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator gen) throws IOException {
      gen.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
      gen.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int nrOfValues) throws IOException {
      gen.writeRaw(nrOfValues == 0 ? "]" : "\n]");
    }
  }

  @Override
  public void close() {
    try {
      if (columns != null) {
        g.writeEndArray();
        g.writeRaw('\n');
      }
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
